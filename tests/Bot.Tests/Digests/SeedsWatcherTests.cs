using Bot.Digests;
using Bot.Engine;
using Bot.Engine.Query;
using Bot.Tests.Digests.Support;
using Bot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests;

public sealed class SeedsWatcherTests : IDisposable
{
    private const string NewArticle = "Water Talks Stall\n\nBy A. Writer\n\nTalks on shared rivers stalled again this spring. Neither side moved on quotas.\n";

    private readonly TempDatabase _database = new();
    private readonly string _seeds;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 22, 12, 0, 0, TimeSpan.Zero));
    private readonly SchedulerHost _host;
    private readonly QueryEngine _engine = new(SchedulerHost.Knowledge);
    private readonly SeedsWatcher _watcher;
    private readonly ListLogger<SeedsWatcher> _log = new();

    public SeedsWatcherTests()
    {
        _seeds = Path.Combine(_database.Folder, "seeds");
        Directory.CreateDirectory(_seeds);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
            File.Copy(file, Path.Combine(_seeds, Path.GetFileName(file)));
        var options = new DigestOptions();
        _host = new SchedulerHost(_database, _time, options);
        _host.Digests.RecordArticles(SchedulerHost.Knowledge);
        _watcher = new SeedsWatcher(_engine, _host.Digests, Options.Create(new SeedsOptions { Path = _seeds }), _time,
            Options.Create(options), new BotMetrics(), _log);
        Assert.False(_watcher.Check());
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _database.Dispose();
    }

    [Fact]
    public void Check_SwapsModelAndAnnouncesArticle_WhenArticleIsAdded()
    {
        File.WriteAllText(Path.Combine(_seeds, "water-talks.txt"), NewArticle);
        Assert.True(_watcher.Check());

        Assert.Equal(2, _engine.Knowledge.Articles.Count);
        Assert.Equal(2, _host.Digests.Composer.Knowledge.Articles.Count);
        var next = _host.Digests.ForSlot(_time.GetUtcNow().AddHours(20), TimeZoneInfo.Utc);
        Assert.Equal("New article", next.Items[0].Label);
        Assert.StartsWith("Water Talks Stall", next.Items[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Digests.ForSlot(_time.GetUtcNow().AddDays(2), TimeZoneInfo.Utc).Items, i => i.Label == "New article");
        Assert.False(_watcher.Check());
    }

    [Fact]
    public void Check_KeepsOldModel_WhenChangeIsInvalid()
    {
        var model = Directory.GetFiles(_seeds, "*.model.yaml").Single();
        File.AppendAllText(model, "\nunknown_section: [oops]\n");
        Assert.False(_watcher.Check());
        Assert.Same(SchedulerHost.Knowledge, _engine.Knowledge);
        Assert.Same(SchedulerHost.Knowledge, _host.Digests.Composer.Knowledge);
    }

    [Theory]
    [InlineData("deep annotation")]
    [InlineData("symbolic link loop")]
    [InlineData("huge article")]
    public void Check_KeepsOldModelAndGoesOn_WhenAChangeIsHostile(string change)
    {
        var model = Directory.GetFiles(_seeds, "*.model.yaml").Single();
        switch (change)
        {
            case "deep annotation":
                File.AppendAllText(model, "\nbomb: " + new string('[', 40_000) + new string(']', 40_000) + "\n");
                break;
            case "symbolic link loop":
                File.CreateSymbolicLink(Path.Combine(_seeds, "a.txt"), Path.Combine(_seeds, "b.txt"));
                File.CreateSymbolicLink(Path.Combine(_seeds, "b.txt"), Path.Combine(_seeds, "a.txt"));
                break;
            default:
                using (var article = File.OpenWrite(Path.Combine(_seeds, "huge.txt")))
                    article.SetLength(50L * 1024 * 1024);
                break;
        }

        Assert.False(_watcher.Check());

        Assert.Same(SchedulerHost.Knowledge, _engine.Knowledge);
        Assert.Same(SchedulerHost.Knowledge, _host.Digests.Composer.Knowledge);
        Assert.Single(_log.Entries, e => e.Level == LogLevel.Error);
        Assert.False(_watcher.Check());
    }

    [Fact]
    public void Check_LogsOneLineNamingTheFirstProblems_WhenAChangeHasManyProblems()
    {
        var model = Directory.GetFiles(_seeds, "*.model.yaml").Single();
        File.AppendAllText(model, string.Concat(Enumerable.Range(0, 500).Select(i => $"\nunknown_{i}: x")));

        Assert.False(_watcher.Check());

        var entry = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("unknown field 'unknown_0'", entry.Message);
        Assert.Contains("490 more", entry.Message);
        Assert.DoesNotContain('\n', entry.Message);
    }

    [Fact]
    public async Task ExecuteAsync_KeepsWatching_WhenAReloadFails()
    {
        var model = Directory.GetFiles(_seeds, "*.model.yaml").Single();
        var original = File.ReadAllText(model);
        await _watcher.StartAsync(CancellationToken.None);

        File.AppendAllText(model, "\nbomb: " + new string('[', 40_000) + new string(']', 40_000) + "\n");
        await AdvanceUntil(() => _log.Entries.Count > 0);
        File.WriteAllText(model, original);
        File.WriteAllText(Path.Combine(_seeds, "water-talks.txt"), NewArticle);
        await AdvanceUntil(() => _engine.Knowledge.Articles.Count == 2);

        Assert.False(_watcher.ExecuteTask!.IsCompleted);
        await _watcher.StopAsync(CancellationToken.None);
    }

    private async Task AdvanceUntil(Func<bool> done)
    {
        for (var i = 0; i < 200 && !done(); i++)
        {
            _time.Advance(TimeSpan.FromSeconds(6));
            await Task.Delay(10);
        }
        Assert.True(done());
    }
}
