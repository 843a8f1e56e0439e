using Bot.Engine.Digests;
using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Digests;

public sealed class DigestComposerTests
{
    private static readonly DateOnly Start = new(2026, 6, 1);
    private static readonly DigestComposer Composer = new(SeededEngine.Knowledge);

    private static IEnumerable<Digest> Days(int count) => Enumerable.Range(0, count).Select(i => Composer.Compose(Start.AddDays(i)));

    [Fact]
    public void Compose_ReturnsSameDigest_WhenComposedTwiceForOneDate()
    {
        var first = Composer.Compose(Start);
        var second = new DigestComposer(SeededEngine.Knowledge).Compose(Start);
        Assert.Equal(first.Title, second.Title);
        Assert.Equal(first.Items, second.Items);
    }

    [Fact]
    public void Compose_DiffersFromDayBefore_ForEveryDayOfTwoMonths()
    {
        var digests = Days(61).ToList();
        for (var i = 1; i < digests.Count; i++)
            Assert.NotEqual(digests[i - 1].Title, digests[i].Title);
    }

    [Fact]
    public void Compose_CoversEveryTopicActorEventAndExplanation_WithinThirtyDays()
    {
        var texts = Days(30).SelectMany(d => d.Items).Select(i => i.Text).ToList();
        var model = SeededEngine.Knowledge.Articles.Single();
        IEnumerable<string> expected =
        [
            .. model.Topics.Select(t => t.Name), .. model.Actors.Select(a => a.Text),
            .. model.Events.Select(e => e.Summary), .. model.Explanations.Select(x => x.Claim),
        ];
        Assert.All(expected, e => Assert.Contains(texts, t => t.Contains(e, StringComparison.Ordinal)));
        Assert.InRange(Composer.Pages.Count, 4, 30);
    }

    [Fact]
    public void Compose_ShowsEveryFocusKind_WithinAnyTenDays()
    {
        var pages = Composer.Pages;
        for (var day = 0; day < pages.Count; day++)
        {
            var focuses = Enumerable.Range(day, 10).Select(i => pages[i % pages.Count].Focus).Distinct();
            Assert.Equal(4, focuses.Count());
        }
    }

    [Fact]
    public void Compose_LeadsWithOnThisDay_WhenAnEventSharesMonthAndDay()
    {
        var digest = Composer.Compose(new DateOnly(2026, 6, 22));
        Assert.StartsWith("On this day in 2017", digest.Items[0].Label, StringComparison.Ordinal);
        Assert.Contains("June 22", digest.Items[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Composer.Compose(new DateOnly(2026, 6, 21)).Items, i => i.Label is not null);
    }

    [Fact]
    public void Compose_CitesVerbatimQuotesWithinLimit_ForEveryDayOfAYear()
    {
        var articles = SeededEngine.Knowledge.Articles.ToDictionary(m => m.Article.Id, m => m.Article);
        foreach (var digest in Days(366))
        {
            Assert.InRange(digest.Length, 1, DigestLimits.MaxTextLength);
            Assert.NotEmpty(digest.Items);
            foreach (var item in digest.Items)
            {
                Assert.True(item.Evidence.Paragraph > 0, item.Text);
                Assert.Contains(item.Evidence.Quote, articles[item.Evidence.Article].FlatText, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Compose_AnnouncesArticleFirst_WhenItIsNew()
    {
        var folder = SeedsWithSecondArticle();
        try
        {
            var composer = new DigestComposer(SeededEngine.Knowledge);
            composer.Reload(SeedLoader.Load(folder));
            var digest = composer.Compose(Start, ["zz-second-article"]);
            Assert.Equal("New article", digest.Items[0].Label);
            Assert.StartsWith("Water Talks Stall", digest.Items[0].Text, StringComparison.Ordinal);
            Assert.DoesNotContain(composer.Compose(Start).Items, i => i.Label == "New article");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Compose_ReturnsTitleOnly_WhenKnowledgeIsEmpty()
    {
        var digest = new DigestComposer(new KnowledgeBase([])).Compose(Start);
        Assert.Empty(digest.Items);
        Assert.StartsWith("Daily digest, 1 June 2026", digest.Title, StringComparison.Ordinal);
    }

    private static string SeedsWithSecondArticle()
    {
        var folder = Path.Combine(Path.GetTempPath(), "digest-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(folder, "zz-second-article.txt"),
            "Water Talks Stall\n\nBy A. Writer\n\nTalks on shared rivers stalled again this spring. Neither side moved on quotas.\n\nOutlook\n\nThe author expects little change before autumn.\n");
        return folder;
    }
}
