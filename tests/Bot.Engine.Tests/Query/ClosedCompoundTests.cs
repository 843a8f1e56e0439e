using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A compound the article writes as two words ("counter attacks", "stock piles") is found when a reader types it as
/// one; a word the article never writes in either form stays strange.
/// </summary>
public sealed class ClosedCompoundTests
{
    private const string Article = """
        Raids on the Varn Coast

        By Ada Quill | March 4, 2021

        The coastal militia mounted counter attacks near Lossby after the raiders burned the grain stores.

        Farmers kept stock piles of salt in the old chapel of Veltmark until the spring.
        """;

    [Theory]
    [InlineData("where did the counterattacks happen?", AnswerStatus.Answered, "counter attacks near Lossby")]
    [InlineData("who mounted the counterattack?", AnswerStatus.Answered, "coastal militia")]
    [InlineData("who kept stockpiles of salt?", AnswerStatus.Answered, "stock piles of salt")]
    [InlineData("who kept stockrooms of salt?", AnswerStatus.Unknown, "stockrooms")]
    public void Ask_ReadsOneTypedWordAsTheTwoTheArticleWrites(string question, AnswerStatus status, string shown)
    {
        var answer = DraftedArticle.Ask("varn.txt", Article, question);

        Assert.True(answer.Status == status && answer.Text.Contains(shown, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
