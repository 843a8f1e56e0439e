using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Bot.Engine.Query;
using Bot.Hosting;
using Bot.Http;
using Bot.Telegram.Handling;
using Bot.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Http;

/// <summary>/healthz, /readyz and /metrics on the real host, with Telegram polling a fake Bot API that goes away and comes back.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_Answers200_WhileTheProcessRuns()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await HttpBot.StartAsync(api);

        using var response = await bot.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_Turns503NamingTelegramAndBack_WhenTheBotApiGoesAwayAndReturns()
    {
        var api = await FakeBotApi.StartAsync();
        var url = api.BaseUrl;
        await using var bot = await HttpBot.StartAsync(api);
        await api.WaitUntilAsync(a => a.CallsTo("getUpdates").Count > 0);
        Assert.Contains("\"ready\"", await bot.WaitForAsync("/readyz", 200));

        await api.DisposeAsync();
        var down = JsonNode.Parse(await bot.WaitForAsync("/readyz", 503))!;
        using (var health = await bot.Client.GetAsync("/healthz"))
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        await using var back = await FakeBotApi.StartAsync(url);
        await bot.WaitForAsync("/readyz", 200);

        var problem = Assert.Single(down["problems"]!.AsArray())!;
        Assert.Equal("telegram", problem["component"]!.GetValue<string>());
        Assert.Equal("disconnected", problem["state"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(problem["reason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Metrics_ShowQuestionsAndUpdatesCounted_AfterAQuestionIsAnswered()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await HttpBot.StartAsync(api);

        api.Enqueue(Updates.Private(7001, "who is urazaev?"));
        var metrics = await bot.WaitForMetricsAsync(m => Questions(m) >= 1 && Sum(m, "bot_sends_total", "outcome=\"ok\"") >= 1);

        Assert.Equal(1, Questions(metrics));
        Assert.Equal(1, Sum(metrics, "bot_updates_received_total", Telegram));
        Assert.Contains("bot_answer_duration_seconds_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("bot_conversations", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_CountOnlyThisBotsQuestions_WhenAnotherHostInTheProcessCountsAndStops()
    {
        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await HttpBot.StartAsync(api);
        // Another host in the same process, its meter named as this bot's.
        var other = new ServiceCollection().AddMonitoring().BuildServiceProvider();
        other.GetRequiredService<BotMetrics>().QuestionAnswered(TelegramUpdateHandler.Platform, AnswerStatus.Answered, TimeSpan.Zero);

        Assert.Equal(0, Questions(await bot.Client.GetStringAsync("/metrics")));

        // Once a stopped host's meter has been collected, the bot's own counts must still show.
        await other.DisposeAsync();
        await bot.Client.GetStringAsync("/metrics");
        api.Enqueue(Updates.Private(7002, "who is urazaev?"));
        Assert.Equal(1, Questions(await bot.WaitForMetricsAsync(m => Questions(m) >= 1)));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1:21")]
    public async Task Start_FailsNamingHttpUrls_WhenTheUrlIsBad(string url)
    {
        await using var api = await FakeBotApi.StartAsync();
        var settings = HttpBot.Settings(api);
        settings["Http:Urls"] = url;
        using var host = HttpBot.Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Http:Urls", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_StopsTheBotAsABadSetting_WhenThePortIsTaken()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        await using var api = await FakeBotApi.StartAsync();
        var settings = HttpBot.Settings(api);
        settings["Http:Urls"] = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        using var host = BotUnderTest.Build(settings, configure: builder =>
        {
            builder.Services.AddSingleton<ExitStatus>();
            builder.AddHttp();
        });

        await host.StartAsync();

        Assert.Equal(ExitStatus.InvalidConfiguration, host.Services.GetRequiredService<ExitStatus>().Code);
        Assert.True(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await host.StopAsync(stop.Token);
    }

    private const string Telegram = "platform=\"telegram\"";

    private static double Questions(string exposition) => Sum(exposition, "bot_questions_total", Telegram);

    /// <summary>The sum of a Prometheus metric's samples whose labels include <paramref name="label"/>.</summary>
    private static double Sum(string exposition, string metric, string label) =>
        exposition.Split('\n')
            .Where(l => l.StartsWith(metric + "{", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
}
