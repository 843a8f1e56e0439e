using Bot.Digests;
using Bot.Discord;
using Bot.Engine;
using Bot.Engine.Query;
using Bot.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord.Fakes;

/// <summary>The real host (engine, Discord adapter and digests) pointed at a fake Discord, with fast timings.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    public const string Token = "test-token-SECRET";

    private BotUnderTest(FakeDiscordServer fake, IHost host, TestLogs logs, string dataDirectory)
    {
        Fake = fake;
        Host = host;
        Logs = logs;
        DataDirectory = dataDirectory;
    }

    public FakeDiscordServer Fake { get; }
    public IHost Host { get; }
    public TestLogs Logs { get; }
    /// <summary>Where this bot's own subscription database lives.</summary>
    public string DataDirectory { get; }
    public QueryEngine Engine => Host.Services.GetRequiredService<QueryEngine>();
    public CancellationToken Stopping => Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    public static async Task<BotUnderTest> StartAsync(Action<FakeDiscordServer>? setUp = null, IDictionary<string, string?>? settings = null,
        Action<IHostApplicationBuilder>? configure = null)
    {
        var fake = await FakeDiscordServer.StartAsync();
        setUp?.Invoke(fake);
        var logs = new TestLogs();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "bot-discord-" + Guid.NewGuid().ToString("N"));
        var host = Build(fake.ApiBaseUrl, logs, new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Digests:DataDirectory"] = dataDirectory,
        }, configure);
        try
        {
            await host.StartAsync();
        }
        catch
        {
            // A host that failed to start cannot be stopped: just release it and the fake.
            host.Dispose();
            await fake.DisposeAsync();
            throw;
        }
        return new BotUnderTest(fake, host, logs, dataDirectory);
    }

    public static IHost Build(Uri apiBaseUrl, TestLogs logs, IDictionary<string, string?>? settings = null, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = BotHost.CreateBuilder(Path.Combine(AppContext.BaseDirectory, "seeds"), LogLevel.Debug);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = apiBaseUrl.AbsoluteUri,
            ["Discord:ReconnectDelayMin"] = "00:00:00.020",
            ["Discord:ReconnectDelayMax"] = "00:00:00.200",
            ["Discord:IdentifyInterval"] = "00:00:00",
            ["Discord:RestRetryDelay"] = "00:00:00.010",
            ["Discord:HandshakeTimeout"] = "00:00:05",
        });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.AddEngine();
        builder.AddDiscord();
        builder.AddDigests();
        configure?.Invoke(builder);
        return builder.Build();
    }

    public string ActorName() => Engine.Entities().First(e => e.IsActor).Name;

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
        Assert.DoesNotContain(Logs.Entries, e => e.Message.Contains(Token, StringComparison.Ordinal) || e.Exception?.ToString().Contains(Token, StringComparison.Ordinal) == true);
        await Fake.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
            Directory.Delete(DataDirectory, recursive: true);
    }
}
