using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim's figure written with its scale run on ("85m" for "85 million"), the same count of something named otherwise
/// ("300 staff" of "300 guards"), or a model's number ("the ZK-18", written "ZK-18s" in the article) is the article's own:
/// none leaves the slot to another number of the sentence, which would make a confirmed claim a no.
/// </summary>
public sealed class SlotModelNumberTests
{
    private const string Article = """
        Borduran Budget

        By Ada Quill | March 4, 2021

        Vantoria set aside 85 million crowns (about one million euros) to hire 300 guards for its border posts.

        The ZK-18s were built and serviced by Korvel in old Borduria, and a shortage of local rocket engineers has slowed the work.
        """;

    [Theory]
    [InlineData("Vantoria budgeted roughly 85m crowns to hire 300 staff?")]
    [InlineData("the ZK-18 rockets were built in Borduria, is it true?")]
    public void Ask_DoesNotGainsayIt_WhenTheClaimWritesTheFigureOrModelAsTheArticleMeansIt(string question)
    {
        var answer = DraftedArticle.Ask("budget.txt", Article, question);

        // Words the article puts otherwise ("staff") may leave it "not in those words"; the figures never make it a flat no.
        Assert.False(answer.Text.StartsWith("No.", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Vantoria budgeted roughly 150m crowns to hire 300 guards?", "85 million")]
    public void Ask_StillSaysNo_WhenTheFigureIsAnother(string question, string expected)
    {
        var answer = DraftedArticle.Ask("budget.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains(expected, StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }
}
