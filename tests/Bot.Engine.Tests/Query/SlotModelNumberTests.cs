using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim's figure written with its scale run on ("120m" for "120 million"), the same count of something named otherwise
/// ("400 staff" of "400 guards"), or a model's number ("the ZK-18", written "ZK-18s" in the article) is the article's own:
/// none leaves the slot to another number of the sentence, which would make a confirmed claim a no.
/// </summary>
public sealed class SlotModelNumberTests
{
    private const string Article = """
        Borduran Budget

        By Ada Quill | March 4, 2021

        Vantoria allocated 120 million crowns (approximately two million dollars) to recruit 400 guards from the region.

        The ZK-18s were designed and maintained by Korvel in modern-day Borduria; the lack of homegrown rocket expertise is one important reason for delays.
        """;

    [Theory]
    [InlineData("Vantoria budgeted roughly 120m crowns to recruit 400 staff?")]
    [InlineData("the ZK-18 rockets were made in Borduria, is it true?")]
    public void Ask_DoesNotGainsayIt_WhenTheClaimWritesTheFigureOrModelAsTheArticleMeansIt(string question)
    {
        var answer = DraftedArticle.Ask("budget.txt", Article, question);

        // Words the article puts otherwise ("staff") may leave it "not in those words"; the figures never make it a flat no.
        Assert.False(answer.Text.StartsWith("No.", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Vantoria budgeted roughly 150m crowns to recruit 400 guards?", "120 million")]
    public void Ask_StillSaysNo_WhenTheFigureIsAnother(string question, string expected)
    {
        var answer = DraftedArticle.Ask("budget.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains(expected, StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }
}
