using Bot.Http;
using Bot.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Exporter;

namespace Bot.Tests.Http;

/// <summary>The real host (engine, Telegram against a fake Bot API, digests, HTTP listener on a free loopback port) and a client for its endpoints.</summary>
public sealed class HttpBot : IAsyncDisposable
{
    private readonly IHost _host;

    private HttpBot(IHost host, HttpClient client)
    {
        _host = host;
        Client = client;
    }

    public HttpClient Client { get; }

    public static Dictionary<string, string?> Settings(FakeBotApi api) => new(BotUnderTest.Settings(api, BotUnderTest.NewStateDirectory()))
    {
        ["Http:Urls"] = "http://127.0.0.1:0",
        ["Http:ReadinessGrace"] = "00:00:00.200",
    };

    /// <summary>The host with /metrics answering from a fresh collection every time, so a test sees each count as soon as it is made.</summary>
    public static IHost Build(Dictionary<string, string?> settings) =>
        BotUnderTest.Build(settings, configure: builder =>
        {
            builder.AddHttp();
            builder.Services.Configure<PrometheusAspNetCoreOptions>(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
        });

    public static async Task<HttpBot> StartAsync(FakeBotApi api)
    {
        var host = Build(Settings(api));
        await host.StartAsync();
        var address = host.Services.GetRequiredService<HttpListenerService>().Addresses.Single();
        return new HttpBot(host, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(10) });
    }

    /// <summary>Polls <paramref name="path"/> until it answers <paramref name="status"/>; returns that answer's body.</summary>
    public async Task<string> WaitForAsync(string path, int status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            using var response = await Client.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode == status)
                return body;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{path} still answers {(int)response.StatusCode}: {body}");
            await Task.Delay(50);
        }
    }

    /// <summary>Scrapes /metrics until <paramref name="counted"/> holds (the bot counts a send once its answer is back); returns that scrape.</summary>
    public async Task<string> WaitForMetricsAsync(Func<string, bool> counted, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var metrics = await Client.GetStringAsync("/metrics");
            if (counted(metrics))
                return metrics;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"/metrics never showed the counts awaited: {metrics}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
