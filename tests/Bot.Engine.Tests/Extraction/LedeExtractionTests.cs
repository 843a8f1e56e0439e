using Bot.Engine.Extraction;

namespace Bot.Engine.Tests.Extraction;

public sealed class LedeExtractionTests
{
    [Theory]
    [InlineData("Coproduced by the Harbour Institute and the Coastal Policy Project")]
    [InlineData("Published in partnership with the Valley Times")]
    [InlineData("Prepared by the River Studies Group")]
    public void Extract_SummarisesWithTheFirstSentence_WhenACreditLineOpensTheText(string credit)
    {
        var model = Drafts.Of(credit, "Peru and Chile have widened their fishing pact since the storm.", "Ferries run daily.");

        Assert.Equal("Peru and Chile have widened their fishing pact since the storm.", model.Info.Summary);
    }

    [Fact]
    public void Extract_DraftsNoAuthor_ForEtAlInTheByline()
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", "A Sample Story\n\nBy Ada Writer, et al.\n\nPeru and Chile have widened their fishing pact.\n");

        Assert.Contains(model.Actors, a => a.Name == "Ada Writer");
        Assert.DoesNotContain(model.Actors, a => a.Name.Contains("al.", StringComparison.Ordinal));
    }
}
