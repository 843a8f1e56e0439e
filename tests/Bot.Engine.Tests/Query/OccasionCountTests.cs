using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// The latest of a run of occasions counts them all: "for the second time" answers "how many times", "his third visit"
/// answers "how many visits", and a claim of another number is denied.
/// </summary>
public sealed class OccasionCountTests
{
    private const string Article = """
        Varnia Courts Tarsk

        By Jo Roe | March 3, 2025

        In late January, Tarsk's president Ana Lucero travelled to Varnia for the second time since October. She met the harbour board.

        The board chair, Ivo Renn, was in Ostria with a delegation, his third visit in a year. The toll dispute with Ostria is now in its fourth year.
        """;

    [Theory]
    [InlineData("How many times has Lucero been to Varnia?", "for the second time")]
    [InlineData("how many visits has Renn made to Ostria?", "his third visit")]
    [InlineData("how many years is the toll dispute with Ostria in now?", "its fourth year")]
    [InlineData("how long has the toll dispute with Ostria been going on?", "its fourth year")]
    [InlineData("Did Lucero go to Varnia twice?", "Yes")]
    public void Ask_CountsTheOccasions_ByTheLatestOnesPlace(string question, string expected)
    {
        var answer = DraftedArticle.Ask("courts.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    /// <summary>
    /// "since October" counts over a span the sentence names along with its own month ("In late January, ... since
    /// October"); a month the sentence never names is another month's count.
    /// </summary>
    [Theory]
    [InlineData("How many times has Lucero been to Varnia since October?", AnswerStatus.Answered)]
    [InlineData("How many times has Lucero been to Varnia in June?", AnswerStatus.Unknown)]
    public void Ask_CountsOverTheSpan_WhenTheSentenceNamesTheMonthAsked(string question, AnswerStatus status) =>
        Assert.Equal(status, DraftedArticle.Ask("courts.txt", Article, question).Status);

    [Fact]
    public void Ask_DeniesAnotherNumberOfOccasions()
    {
        var answer = DraftedArticle.Ask("courts.txt", Article, "Did Lucero go to Varnia three times?");

        Assert.StartsWith("No", answer.Text, StringComparison.Ordinal);
    }
}
