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
}
