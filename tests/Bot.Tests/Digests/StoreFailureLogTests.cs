using Bot.Digests;
using Bot.Engine.Digests;
using Bot.Tests.Digests.Support;
using Bot.Tests.Discord.Fakes;
using Bot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

public sealed class StoreFailureLogTests
{
    [Fact]
    public async Task Scheduler_LogsOnePlainLine_WhenDatabaseIsReadOnly()
    {
        using var database = new TempDatabase();
        database.Open().EnsureReady();
        var logs = new TestLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 22, 7, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new DigestOptions());
        var store = database.Open(connectionString: database.ConnectionString + ";Mode=ReadOnly");
        var digests = new DigestService(new DigestComposer(SchedulerHost.Knowledge), store, time, options);
        using var scheduler = new DigestScheduler(store, digests, [new FakePlatform()], new BotMetrics(), time, options, factory.CreateLogger<DigestScheduler>());

        await scheduler.StartAsync(CancellationToken.None);
        await Wait.UntilAsync(() => logs.Entries.Any(e => e.Level >= LogLevel.Warning), what: "the store failure logged");
        await scheduler.StopAsync(CancellationToken.None);

        var entry = Assert.Single(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Null(entry.Exception);
        Assert.Contains("is read-only", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', entry.Message);
    }
}
