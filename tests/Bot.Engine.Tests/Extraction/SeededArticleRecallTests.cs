using Bot.Engine.Extraction;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Extraction;

/// <summary>The draft of the shipped article, made from its text alone, recalls most of what its curator annotated.</summary>
public sealed class SeededArticleRecallTests
{
    private static readonly Lazy<IReadOnlyList<Recall>> Recalls = new(() =>
    {
        var curated = SeededEngine.Knowledge.Articles.Single();
        var file = Path.Combine(AppContext.BaseDirectory, "seeds", curated.Article.FileName);
        var draft = ArticleExtractor.Extract(curated.Article.Id, curated.Article.FileName, File.ReadAllText(file));
        return DraftComparison.Compare(draft, curated);
    });

    [Theory]
    [InlineData("actors", 0.90)]
    [InlineData("events", 0.85)]
    [InlineData("statements", 0.75)]
    [InlineData("positions", 0.60)]
    [InlineData("explanations", 0.60)]
    public void Compare_DraftRecallsCuratedAnnotation_AtLeastThisMuch(string category, double least)
    {
        var recall = Recalls.Value.Single(r => r.Category == category);

        Assert.True(recall.Ratio >= least, $"{recall}; missed {string.Join(", ", recall.Missed)}");
    }
}
