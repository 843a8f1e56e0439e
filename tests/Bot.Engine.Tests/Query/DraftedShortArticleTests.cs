using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>Short articles written here, drafted at load with no annotation, answer as the shipped one does.</summary>
public sealed class DraftedShortArticleTests
{
    [Fact]
    public void Ask_ReadsHeOrSheAsThePersonTheParagraphNamed_WhenASentenceNamesNoOne()
    {
        var answer = DraftedArticle.Ask("bio.txt", "Bridge Vote Delayed\n\nBy Anna Berg\n\nThe council delayed its vote on the old bridge.\n\nAnna Berg is a reporter at the Coastal Herald. She is also a founder of the Harbour Trust, a local charity.\n", "what is anna berg's role at the harbour trust?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("founder", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did the council pledge £300 million to the port?", "No")]
    [InlineData("the council pledged £50 million to the port, right?", "Yes")]
    [InlineData("was it Georgia's president who signed the media law?", "No")]
    [InlineData("what is the name of the speaker who signed the media law?", "The article doesn't name")]
    [InlineData("which company won the port contract?", "The article doesn't")]
    [InlineData("the article say the speaker signed the media law?", "Yes")]
    public void Ask_ChecksAmountsAndRoles_WhenAClaimGivesThem(string question, string start)
    {
        var answer = DraftedArticle.Ask("port.txt", "Port Deal Signed\n\nIn May 2021, the city council pledged £50 million to the port.\n\nOn 3 May 2024, the speaker of Georgia's parliament signed the media law.\n", question);

        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who dismissed the port plan?", "council rejected")]
    [InlineData("who financed the survey?", "traders funded")]
    public void Ask_FindsTheAnswerThroughAGeneralSynonym_WhenTheArticlesOwnWordsFindNothing(string question, string expected)
    {
        var answer = DraftedArticle.Ask("plan.txt", "Port Plan Fails\n\nThe council rejected the port plan in May 2021 because the budget was too small.\n\nThe mayor dismissed the critics of the bridge.\n\nLocal fishermen backed the bridge, and the traders funded a survey.\n", question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbour Deal\n\nBy Ann Lee\n\nMarch 5, 2024\n\nThe town council approved the harbour deal.\n", AnswerStatus.Answered, "March 5, 2024", "on what date was the article published?")]
    [InlineData("Harbour Deal\n\nBy Ann Lee\n\nMarch 5, 2024\n\nThe town council approved the harbour deal.\n", AnswerStatus.Answered, "March 5, 2024", "when was this article written?")]
    [InlineData("Harbour Deal\n\nBy Ann Lee\n\nThe town council approved the harbour deal in March 2024.\n", AnswerStatus.Unknown, "doesn't say", "on what date was the article published?")]
    public void Ask_GivesThePublicationDate_OnlyWhenTheArticleIsDated(string text, AnswerStatus status, string expected, string question)
    {
        var answer = DraftedArticle.Ask("deal.txt", text, question);

        Assert.Equal(status, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is Ann Lee still the harbour master?", "No, no longer")]
    [InlineData("was Ann Lee the harbour master?", "Yes")]
    public void Ask_SaysNoLonger_WhenTheArticleSaysAStateOfThingsHasEnded(string question, string start)
    {
        var answer = DraftedArticle.Ask("lee.txt", "Harbour Office Changes\n\nUntil last year Ann Lee served as the harbour master of Port Alder, before she joined the council.\n", question);

        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("are the wardens still guarding the pier?", "No, no longer")]
    [InlineData("do the ferry fares still give the town a steady income?", "No, no longer")]
    [InlineData("did the wardens guard the pier?", "Yes")]
    [InlineData("were the wardens used to guard the pier?", "Yes")]
    public void Ask_SaysNoLonger_WhenASentenceSaysWhatTheClaimDidUsedToBeOrWasOnce(string question, string start)
    {
        var answer = DraftedArticle.Ask("pier.txt", "Pier Troubles\n\nThe pier rules remain, but the wardens who used to guard the pier have gone home.\n\n"
            + "The ferry fares, once a steady income for the town, barely cover the fuel.\n", question);

        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who is lind", "Lindqvist")]
    [InlineData("what did lindq open", "Lindqvist")]
    public void Ask_ReadsAShortenedName_WhenItStartsOnlyOnePersonsName(string question, string expected)
    {
        var answer = DraftedArticle.Ask("bridge.txt", "Bridge Opens\n\nMayor Katarina Lindqvist opened the new bridge in May 2021, and Callum Fraser called it a triumph.\n", question);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NamesTheOutlet_WhenAskedWhoWroteAnUnsignedPiece()
    {
        var answer = DraftedArticle.Ask("ferry.txt", "Ferry Row\n\nThe Harbour Review | May 2, 2025\n\nThe mayor opened the bridge in June.\n", "who wrote it?");

        Assert.Contains("published unsigned by The Harbour Review", answer.Text, StringComparison.Ordinal);
    }

    private const string SignedFerry = "Ferry Row\n\nBy Ada Writer | The Harbour Review | May 2, 2025\n\nThe mayor opened the bridge in June, and the institution of the harbour board objected.\n";

    [Theory]
    [InlineData("who wrote it and where was it published?")]
    [InlineData("whose byline is on this, and which outlet ran it?")]
    public void Ask_NamesTheOutletAndDate_WithTheAuthor(string question)
    {
        var answer = DraftedArticle.Ask("ferry.txt", SignedFerry, question);

        Assert.Contains("written by Ada Writer and published by The Harbour Review, May 2, 2025", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the author's institutional affiliation?")]
    [InlineData("where does the writer work?")]
    [InlineData("what is the author's job?")]
    [InlineData("where is the author from?")]
    public void Ask_SaysTheArticleGivesOnlyTheByline_WhenAskedTheAuthorsOwnDetails(string question)
    {
        var answer = DraftedArticle.Ask("ferry.txt", SignedFerry, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.Contains("nothing of its author beyond the byline", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour board", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NamesTheOutlet_WhenAskedWhichOutletPublishedIt()
    {
        var answer = DraftedArticle.Ask("ferry.txt", "Ferry Row\n\nThe Harbour Review, Coast section | May 2, 2025\n\nThe mayor opened the bridge in June, an outlet of the river reported.\n", "which outlet published this?");

        Assert.Contains("published by The Harbour Review, May 2, 2025", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_GivesTheSentenceStatingThePoint_AfterTheLede_WhenAskedTheMainArgument()
    {
        const string text = "Greenwick Loses Its Ferry Trade\n\nBy Ada Writer | The Harbour Review | May 2, 2025\n\n"
            + "The ferry trade of Greenwick is fading, and the council should take note\n\n"
            + "On a grey morning in March, the last boat of the season left the pier with six passengers aboard.\n\n"
            + "The quiet departure reveals a deeper shift: the ferry trade of Greenwick is losing its passengers to the new bridge, and the council has no plan for the harbour.\n\n"
            + "Mayor Jo Roe said the council would meet in May.\n\n"
            + "Ferry owners say the bridge took half their passengers within a year, and the harbour's shops depend on the ferry trade.\n\n"
            + "The council has not answered letters from the ferry owners.\n";

        var answer = DraftedArticle.Ask("ferry.txt", text, "what is the main argument of this piece?");

        Assert.Contains("Its point: \"The quiet departure reveals a deeper shift", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Evidence, e => e.Quote.StartsWith("The quiet departure", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what is the main argument of this piece?")]
    [InlineData("what is the article about?")]
    public void Ask_GivesTheClosingSentenceThatRestatesThePoint_WhenAskedWhatThePieceIsAbout(string question)
    {
        const string text = "Greenwick Loses Its Ferry Trade\n\nBy Ada Writer | The Harbour Review | May 2, 2025\n\n"
            + "On a grey morning in March, the last boat of the season left the pier with six passengers aboard.\n\n"
            + "Mayor Jo Roe said the council would meet in May.\n\n"
            + "Ferry owners say the bridge took half their passengers within a year.\n\n"
            + "The council has not answered letters from the ferry owners.\n\n"
            + "Fishermen in the harbour say the catch was good this spring.\n\n"
            + "A bakery on the quay has opened a second shop.\n\n"
            + "Tourists still come in summer, most of them by car.\n\n"
            + "A hard year lies ahead. The ferry trade of Greenwick will outlive the bridge only if the council backs the ferry owners and their harbour.\n";

        var answer = DraftedArticle.Ask("ferry.txt", text, question);

        Assert.True(answer.Text.Contains("It concludes: \"The ferry trade of Greenwick will outlive the bridge", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void Ask_GivesTheSentenceNamingAPerson_WhenTheirRoleIsOnlyATrade()
    {
        var answer = DraftedArticle.Ask("port.txt", "Port Row\n\nThe council closed the port in May.\n\nHistorian Marta Quispe captured the mood, describing the port as \"a town holding its breath.\"\n", "who is Marta Quispe?");

        Assert.Contains("Historian", answer.Text, StringComparison.Ordinal);
        Assert.Contains("a town holding its breath", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is Tomas Vidal's job?")]
    [InlineData("Tomas Vidal, what is his title?")]
    public void Ask_GivesAPersonsRole_WhenAskedTheirJobOrTitle(string question)
    {
        var answer = DraftedArticle.Ask("port.txt", "Port Row\n\nThe council closed the port in May, and the growers blamed the job market.\n\nTomas Vidal, Peru's fisheries commissioner, said the port would reopen in June.\n", question);

        Assert.StartsWith("Tomas Vidal: \"Tomas Vidal, Peru's fisheries commissioner", answer.Text, StringComparison.Ordinal);
    }
}
