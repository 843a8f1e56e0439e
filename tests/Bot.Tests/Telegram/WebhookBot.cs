using System.Text.Json.Nodes;
using Bot.Http;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Telegram;

/// <summary>The real host in webhook mode: the HTTP listener on a free loopback port, updates POSTed to it by the fake Bot API.</summary>
public sealed class WebhookBot : IAsyncDisposable
{
    public const string Url = "https://bot.example.org/telegram/updates";

    private readonly IHost _host;
    private readonly FakeBotApi _api;
    private bool _stopped;

    private WebhookBot(IHost host, FakeBotApi api, string listener, TestLogs logs)
    {
        _host = host;
        _api = api;
        Listener = listener;
        Logs = logs;
    }

    /// <summary>The listener's address, where Telegram's proxy would forward the webhook.</summary>
    public string Listener { get; }

    public TestLogs Logs { get; }

    public static Dictionary<string, string?> Settings(FakeBotApi api, string stateDirectory) => new(BotUnderTest.Settings(api, stateDirectory))
    {
        ["Http:Urls"] = "http://127.0.0.1:0",
        ["Telegram:WebhookUrl"] = Url,
    };

    public static IHost Build(Dictionary<string, string?> settings, TestLogs? logs = null) =>
        BotUnderTest.Build(settings, logs, builder => builder.AddHttp());

    /// <summary>Starts the bot and waits until it has set its webhook.</summary>
    public static async Task<WebhookBot> StartAsync(FakeBotApi api, string? stateDirectory = null)
    {
        var logs = new TestLogs();
        var host = Build(Settings(api, stateDirectory ?? BotUnderTest.NewStateDirectory()), logs);
        await host.StartAsync();
        await api.WaitUntilAsync(a => a.Webhook is not null);
        return new WebhookBot(host, api, host.Services.GetRequiredService<HttpListenerService>().Addresses.Single(), logs);
    }

    /// <summary>POSTs an update as Telegram would, with the right secret unless <paramref name="secret"/> replaces it (null: none).</summary>
    public Task<(int UpdateId, int Status)> PostAsync(JsonObject update, string? secret = "") => _api.PostUpdateAsync(Listener, update, secret);

    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
