using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims that hedge a figure ("roughly forty", "approximately 40"): the hedge is no word a sentence must say, and the
/// figure is checked as it stands.
/// </summary>
public sealed class HedgedClaimTests
{
    private const string Article = """
        Road Protests

        By Ada Quill | March 4, 2021

        Nationwide, about 40 people are missing since the marches started. Police detained 300 marchers in the capital.

        A new law allows up to ten days in jail for a first offence of blocking roads, with repeat offenders facing up to a year in jail.
        """;

    [Theory]
    [InlineData("Are roughly forty people still unaccounted for?", "Yes")]
    [InlineData("Are approximately 40 people missing?", "Yes")]
    [InlineData("Are roughly 90 people missing?", "No")]
    public void Ask_ChecksTheFigure_WhenTheClaimHedgesIt(string question, string opening)
    {
        var answer = DraftedArticle.Ask("roads.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(opening, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    /// <summary>An article with no hedge of its own: the claim's hedge, where a subject would stand, is no name it lacks.</summary>
    private const string Unhedged = """
        Road Protests

        Police detained 300 marchers in the capital on Monday. Another 300 marchers fled the capital by train.
        """;

    [Theory]
    [InlineData("Were roughly 300 marchers detained in the capital?")]
    [InlineData("Did roughly 300 marchers leave the capital?")]
    public void Ask_LeavesTheHedgeAside_WhenItOpensTheSubject(string question)
    {
        var answer = DraftedArticle.Ask("roads.txt", Unhedged, question);

        Assert.True(answer.Status == AnswerStatus.Answered && !answer.Text.Contains("roughly", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
