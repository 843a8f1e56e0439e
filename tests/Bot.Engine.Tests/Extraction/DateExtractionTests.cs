namespace Bot.Engine.Tests.Extraction;

public sealed class DateExtractionTests
{
    // The article's own year is the latest it names (2021 here), so bare months and days take it.
    private const string Anchor = "The harbour was rebuilt in 2021.";

    [Theory]
    [InlineData("On March 3, the mayor opened the harbour.", "2021-03-03", true)]
    [InlineData("The council voted on March 3, 2019, to close it.", "2019-03-03", false)]
    [InlineData("The council voted on 3 March 2019 to close it.", "2019-03-03", false)]
    [InlineData("On 4 May, the mayor opened the harbour.", "2021-05-04", true)]
    [InlineData("The ferry stopped running in May 2018.", "2018-05", false)]
    [InlineData("Protests began in 2016 and faded.", "2016", false)]
    [InlineData("As reporters noted in April, the port is busy.", "2021-04", true)]
    [InlineData("Last year's floods closed the road.", "2020", true)]
    [InlineData("Prices have risen in recent months.", "2021", true)]
    [InlineData("The mayor's share in the February elections was small.", "2021-02", true)]
    [InlineData("Fishermen marched after the council's October vote.", "2021-10", true)]
    [InlineData("Ferries have crossed the bay since the 1990s.", "1990", true)]
    [InlineData("The harbour was first dredged in the late 19th century.", "1875", true)]
    [InlineData("ON MARCH 3RD the mayor opened the harbour.", "2021-03-03", true)]
    [InlineData("IN MAY 2018 the ferry stopped running.", "2018-05", false)]
    [InlineData("Last June the town became a candidate for the league.", "2021-06", true)]
    [InlineData("Prices rose last month.", "2021", true)]
    public void Extract_DatesEvents_WithPrecisionAndInferredYear(string sentence, string date, bool inferred)
    {
        var model = Drafts.Of(Anchor, sentence);

        var found = Assert.Single(model.Events, e => e.Summary == sentence);
        Assert.Equal(date, Bot.Engine.Extraction.EventFinder.DateText(found.Date));
        Assert.Equal(inferred, found.Date.YearInferred);
    }

    [Theory]
    [InlineData("Prices rose last month.", "2024-05")]
    [InlineData("Last June the town became a candidate for the league.", "2023-06")]
    [InlineData("Last May the town became a candidate for the league.", "2024-05")]
    [InlineData("Four years ago the town became a candidate for the league.", "2020")]
    [InlineData("The town became a candidate for the league a decade ago.", "2014")]
    [InlineData("A month ago the town became a candidate for the league.", "2024-05")]
    [InlineData("The town became a candidate for the league 25 years ago.", "1999")]
    public void Extract_DatesTimeSaidFromTheArticlesDay_ByItsDateline(string sentence, string date)
    {
        var model = Drafts.Of("June 27, 2024", sentence);

        var found = Assert.Single(model.Events, e => e.Summary == sentence);
        Assert.Equal(date, Bot.Engine.Extraction.EventFinder.DateText(found.Date));
        Assert.True(found.Date.YearInferred);
    }

    [Theory]
    [InlineData("The next day the mayor of Kessberg shut the harbour.", "2021-03-04")]
    [InlineData("On the following day the mayor of Kessberg shut the harbour.", "2021-03-04")]
    [InlineData("A day later the mayor of Kessberg shut the harbour.", "2021-03-04")]
    [InlineData("Three days later the mayor of Kessberg shut the harbour.", "2021-03-06")]
    [InlineData("That same day the mayor of Kessberg shut the harbour.", "2021-03-03")]
    public void Extract_DatesASentence_ByTheDaysCountedFromTheDayBeforeIt(string sentence, string date)
    {
        var model = Drafts.Of(Anchor, "On March 3 the council voted to close the road. " + sentence);

        var found = Assert.Single(model.Events, e => e.Summary == sentence);
        Assert.Equal(date, Bot.Engine.Extraction.EventFinder.DateText(found.Date));
        Assert.True(found.Date.YearInferred);
    }

    [Theory]
    [InlineData("The ferry ran until 31 December 2019. The next day the mayor of Kessberg shut the harbour.", "2020-01-01")]
    [InlineData("The ferry ran until 31 December 2019. Two days later the mayor of Kessberg shut the harbour. That same day the pier fell.", "2020-01-02")]
    public void Extract_CountsDaysOnFromTheLastDayNamed_IntoTheNextMonthOrYear(string paragraph, string date)
    {
        var model = Drafts.Of(Anchor, paragraph);

        var found = model.Events.Last();
        Assert.Equal(date, Bot.Engine.Extraction.EventFinder.DateText(found.Date));
        Assert.False(found.Date.YearInferred);
    }

    [Theory]
    [InlineData("In March the council voted to close the road.", "The next day the mayor of Kessberg shut the harbour.")]
    [InlineData("On March 3 the council voted to close the road.", "The pier was old.", "The next day the mayor of Kessberg shut the harbour.")]
    public void Extract_DatesNoDayCounted_FromAMonthOrFromParagraphsBack(params string[] paragraphs)
    {
        var model = Drafts.Of([Anchor, .. paragraphs]);

        Assert.DoesNotContain(model.Events, e => e.Summary == paragraphs[^1]);
    }

    [Theory]
    [InlineData("The port may reopen soon.")]
    [InlineData("She has studied post-1991 trade policy.")]
    [InlineData("June Carter sang at the harbour.")]
    [InlineData("The ferry stopped running this month.")]
    [InlineData("The May government fell.")]
    [InlineData("On June \u0662\u0662, the mayor opened the harbour.")]
    [InlineData("The council voted on \u0663 March 20\u0661\u0669 to close it.")]
    [InlineData("Ferries have crossed the bay since the 19\u06690s.")]
    public void Extract_FindsNoDate_WhenWordsOnlyLookLikeDates(string sentence)
    {
        var model = Drafts.Of(Anchor, sentence);

        Assert.DoesNotContain(model.Events, e => e.Summary == sentence);
    }

    [Theory]
    [InlineData("2024-06-27", false, "June 27, 2024", "Taxes stay low until 2030. The port closed in 2019.")]
    [InlineData("2024-06-27", false, "June 27, 2024", "The port closed in December 2024.")]
    [InlineData("2024-06-27", false, "27 June 2024", "Taxes stay low until 2030. The port closed in 2019.")]
    [InlineData("2019", true, "Taxes stay low until 2030. The port closed in 2019.")]
    [InlineData("2019", true, "The fleet must be renewed by 2035. The port closed in 2019.")]
    [InlineData("2019", true, "The port closed in 2019. A new pier is planned by the end of 2031.")]
    [InlineData("2019-05", true, "The port closed in May 2019. Elections are scheduled for October 2019.")]
    [InlineData("2019", true, "The port closed in 2019.", "March 3, 2015", "The quay was built then.")]
    [InlineData("2019", true, "The port closed in 2019. Planners hope it will boom again in the 2030s.")]
    public void Extract_DatesTheArticle_ByItsDatelineElseTheLatestDateThatIsNoDeadline(string published, bool inferred, params string[] paragraphs)
    {
        var model = Drafts.Of(paragraphs);

        Assert.Equal(published, Bot.Engine.Extraction.EventFinder.DateText(model.Info.Published!));
        Assert.Equal(inferred, model.Info.Published!.YearInferred);
    }

    [Fact]
    public void Extract_TakesTheDatelinesYear_ForABareDay()
    {
        var model = Drafts.Of("June 27, 2024", "The pier reopens in 2030. On March 3, the mayor opened the harbour.");

        var opened = Assert.Single(model.Events, e => e.Summary.StartsWith("On March 3", StringComparison.Ordinal));
        Assert.Equal("2024-03-03", Bot.Engine.Extraction.EventFinder.DateText(opened.Date));
    }

    [Theory]
    [InlineData("The council will vote on the toll next February.", "2025-02")]
    [InlineData("The council will vote on the toll next December.", "2024-12")]
    public void Extract_DatesNextMonth_AsTheFirstSuchMonthAfterTheDateline(string sentence, string date)
    {
        var model = Drafts.Of("November 5, 2024", sentence);

        var vote = Assert.Single(model.Events, e => e.Summary == sentence);
        Assert.Equal(date, Bot.Engine.Extraction.EventFinder.DateText(vote.Date));
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
