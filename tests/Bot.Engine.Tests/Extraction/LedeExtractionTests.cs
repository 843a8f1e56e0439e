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

    [Theory]
    [InlineData("Coproduced by the Harbour Institute and the Coastal Policy Project", "the Harbour Institute and the Coastal Policy Project")]
    [InlineData("Published by the Valley Times.", "the Valley Times")]
    [InlineData("Prepared by the River Studies Group", null)]
    public void Extract_TakesThePublisher_FromACreditLineThatSaysWhoPutThePieceOut(string credit, string? source)
    {
        var model = Drafts.Of(credit, "Peru and Chile have widened their fishing pact since the storm.", "Ferries run daily.");

        Assert.Equal(source, model.Info.Source);
    }

    [Theory]
    [InlineData("On May 4, the mayor of Lima announced a new bridge toll.", "The toll reveals a widening gap between the city and its port.")]
    [InlineData("Last Tuesday, ferry owners in Arica went on strike.", "The strike highlights how little the port has gained from the new pact.")]
    [InlineData("Peru and Chile have widened their fishing pact since the storm.", "Peru and Chile have widened their fishing pact since the storm.")]
    public void Extract_SummarisesWithWhatTheNewsReveals_WhenTheLedeTellsWhatHappenedOnADay(string lede, string summary)
    {
        var model = Drafts.Of(lede, "Drivers blocked the road for an hour.", summary == lede ? "The pact reveals a new trust between the two ports." : summary);

        Assert.Equal(summary, model.Info.Summary);
    }

    [Fact]
    public void Extract_DraftsNoAuthor_ForEtAlInTheByline()
    {
        var model = ArticleExtractor.Extract("sample", "sample.txt", "A Sample Story\n\nBy Ada Writer, et al.\n\nPeru and Chile have widened their fishing pact.\n");

        Assert.Contains(model.Actors, a => a.Name == "Ada Writer");
        Assert.DoesNotContain(model.Actors, a => a.Name.Contains("al.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?!?!")]
    [InlineData("\"\"\"")]
    [InlineData("* * *")]
    public void Extract_SummarisesWithTheFirstSentenceOfWords_WhenTheTextOpensWithPunctuationAlone(string opening)
    {
        var model = Drafts.Of(opening, "Peru and Chile have widened their fishing pact since the storm.");

        Assert.Equal("Peru and Chile have widened their fishing pact since the storm.", model.Info.Summary);
        Assert.NotEmpty(model.Info.SummaryEvidence!.Quote);
    }
}
