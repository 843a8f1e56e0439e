using Bot.Digests;
using Bot.Engine;
using Bot.Engine.Query;
using Bot.Tests.Digests.Support;
using Microsoft.Extensions.Logging.Abstractions;
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
            Options.Create(options), NullLogger<SeedsWatcher>.Instance);
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
}
