using Bot.Digests;
using Bot.Engine;
using Bot.Telegram;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>The real host (engine, Telegram adapter and digests) pointed at a fake Bot API, with limits scaled down so tests run in seconds.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private readonly IHost _host;

    private BotUnderTest(IHost host, string stateDirectory, TestLogs logs)
    {
        _host = host;
        StateDirectory = stateDirectory;
        Logs = logs;
    }

    public string StateDirectory { get; }

    /// <summary>Everything the bot logged at information level and above.</summary>
    public TestLogs Logs { get; }

    public IServiceProvider Services => _host.Services;

    public static Dictionary<string, string?> Settings(FakeBotApi api, string stateDirectory) => new()
    {
        ["Seeds:Path"] = Path.Combine(AppContext.BaseDirectory, "seeds"),
        ["Telegram:Token"] = FakeBotApi.Token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        ["Telegram:StateDirectory"] = stateDirectory,
        ["Telegram:PollTimeout"] = "00:00:01",
        ["Telegram:PerChatPeriod"] = "00:00:00.020",
        ["Telegram:PerGroupPeriod"] = "00:00:01",
        ["Telegram:GlobalPeriod"] = "00:00:00.050",
        ["Telegram:RetryBaseDelay"] = "00:00:00.020",
        ["Telegram:RetryMaxDelay"] = "00:00:00.100",
        ["Telegram:ShutdownDrain"] = "00:00:01",
        // Subscriptions live beside the adapter's state, so every test has its own database.
        ["Digests:DataDirectory"] = stateDirectory,
    };

    public static async Task<BotUnderTest> StartAsync(FakeBotApi api, string? stateDirectory = null, Action<Dictionary<string, string?>>? configure = null)
    {
        stateDirectory ??= NewStateDirectory();
        var settings = Settings(api, stateDirectory);
        configure?.Invoke(settings);
        var logs = new TestLogs();
        var host = Build(settings, logs);
        await host.StartAsync();
        return new BotUnderTest(host, stateDirectory, logs);
    }

    public static IHost Build(Dictionary<string, string?> settings, TestLogs? logs = null, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            if (logs is not null)
                logging.AddProvider(logs).AddFilter<TestLogs>(level => level >= LogLevel.Information);
        });
        builder.AddEngine();
        builder.AddTelegram();
        builder.AddDigests();
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static string NewStateDirectory() => Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
