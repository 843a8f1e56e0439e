using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who put out this report?": of an article resting on a report, the organisation it names by the report's making
/// ("a series authored by Harbour Watch researchers"), not a person who co-authored it nor the outlet that ran the
/// article; of an article speaking of no report, the article itself is the report, and its source answers.
/// </summary>
public sealed class ReportMakerTests
{
    private const string OnAReport = """
        Harbour Trade Feeds the Smugglers, Report Says

        By Ada Quill | March 4, 2021

        Greenwick traders are moving banned engines to Ardun, according to a new report.

        Jo Roe, a lawyer who co-authored the report, said the rules are not working.

        The report is part of a series authored by Harbour Watch researchers that exposed how the port became a hub.

        Harbour Watch is an advocacy group based in Port Alder.
        """;

    private const string NoReport = """
        Ardun and Vell Double Down

        By Ada Quill | March 4, 2021

        Coproduced by the Valley Institute and the Harbour Project

        Ardun and Vell have expanded their partnership since the war began. Unconfirmed reports suggest that Ardun is training Vell's pilots.
        """;

    [Theory]
    [InlineData("who put out this report?")]
    [InlineData("Which organisation produced the report?")]
    [InlineData("who made this report anyway")]
    public void Ask_NamesTheOrganisationThatMadeTheReport_WhenTheArticleSpeaksOfIt(string question)
    {
        var answer = DraftedArticle.Ask("harbour-report.txt", OnAReport, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("Harbour Watch", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_GivesTheArticlesSource_WhenItSpeaksOfNoReportOfItsOwn()
    {
        var answer = DraftedArticle.Ask("double-down.txt", NoReport, "Who put out this report?");

        Assert.Contains("Valley Institute", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what was written in the report about the rules?")]
    [InlineData("Who co-wrote the report with Jo Roe?")]
    public void Ask_DoesNotNameTheMaker_WhenTheQuestionAsksSomethingElseOfTheReport(string question)
    {
        var answer = DraftedArticle.Ask("harbour-report.txt", OnAReport, question);

        Assert.DoesNotContain("authored by Harbour Watch", answer.Text, StringComparison.Ordinal);
    }
}
