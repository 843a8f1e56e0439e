using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Which historical comparisons does the writer draw?": the sentences likening one thing to another answer, whatever
/// word for a comparison the question uses, and a question whose other words the article lacks is still answered by them.
/// </summary>
public sealed class LikeningTests
{
    private const string Article = """
        Tarsk Mayor Bets On The Bridge

        By Nell Ashby | Delta Courier | June 2, 2023

        Mayor Ivo Renn wants a toll bridge across the Tarsk estuary. Much like the canal builders of the last century, he has staked his name on a single project.

        The harbour board opposes the plan. Its chair invoked the precedent of the old ferry company, which went bankrupt within a decade.

        The council will vote in July.
        """;

    [Theory]
    [InlineData("Which historical comparisons does the author draw about Renn?", "canal builders")]
    [InlineData("What analogy does the harbour board draw?", "old ferry company")]
    [InlineData("which analogies does the writer reach for to forecast how Renn will govern?", "canal builders")]
    public void Ask_GivesTheSentenceLikeningIt(string question, string expected)
    {
        var answer = DraftedArticle.Ask("bridge.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_SaysItDoesNotSay_WhenNoSentenceLikensAnything()
    {
        var answer = DraftedArticle.Ask("vote.txt", Article.Replace("Much like the canal builders of the last century, he", "He", StringComparison.Ordinal)
            .Replace("invoked the precedent of", "pointed to", StringComparison.Ordinal), "Which historical comparisons does the author draw?");

        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
    }
}
