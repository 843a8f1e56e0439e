namespace Bot.Engine.Tests.Extraction;

public sealed class DateExtractionTests
{
    // The article's own year is the latest it names (2021 here), so bare months and days take it.
    private const string Anchor = "The harbour was rebuilt in 2021.";

    [Theory]
    [InlineData("On March 3, the mayor opened the harbour.", "2021-03-03", true)]
    [InlineData("The council voted on March 3, 2019, to close it.", "2019-03-03", false)]
    [InlineData("The ferry stopped running in May 2018.", "2018-05", false)]
    [InlineData("Protests began in 2016 and faded.", "2016", false)]
    [InlineData("As reporters noted in April, the port is busy.", "2021-04", true)]
    [InlineData("Last year's floods closed the road.", "2020", true)]
    [InlineData("Prices have risen in recent months.", "2021", true)]
    public void Extract_DatesEvents_WithPrecisionAndInferredYear(string sentence, string date, bool inferred)
    {
        var model = Drafts.Of(Anchor, sentence);

        var found = Assert.Single(model.Events, e => e.Summary == sentence);
        Assert.Equal(date, Bot.Engine.Extraction.EventFinder.DateText(found.Date));
        Assert.Equal(inferred, found.Date.YearInferred);
    }

    [Theory]
    [InlineData("The port may reopen soon.")]
    [InlineData("She has studied post-1991 trade policy.")]
    [InlineData("June Carter sang at the harbour.")]
    public void Extract_FindsNoDate_WhenWordsOnlyLookLikeDates(string sentence)
    {
        var model = Drafts.Of(Anchor, sentence);

        Assert.DoesNotContain(model.Events, e => e.Summary == sentence);
    }

    [Fact]
    public void Extract_TakesTheYearOfTheSameMonthInTheParagraph_ForABareDay()
    {
        var model = Drafts.Of(Anchor, "The mayor skipped the October 2019 summit. A rival told reporters on October 12 that she was ill.");

        var told = Assert.Single(model.Events, e => e.Summary.StartsWith("A rival", StringComparison.Ordinal));
        Assert.Equal("2019-10-12", Bot.Engine.Extraction.EventFinder.DateText(told.Date));
    }

    [Fact]
    public void Extract_DatesAReaction_WithTheYearBeforeIt()
    {
        var model = Drafts.Of("The town joined the river pact in June 2015.", "In response to the pact, fishermen blocked the bridge.");

        var reaction = Assert.Single(model.Events, e => e.Summary.StartsWith("In response", StringComparison.Ordinal));
        Assert.Equal("2015", Bot.Engine.Extraction.EventFinder.DateText(reaction.Date));
        Assert.True(reaction.Date.YearInferred);
    }
}
