using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "After the talks with Y, she said ...": a person named only after a preposition in the pronoun's own sentence is not
/// who "she" is; the subject of the sentence before is, so the quoted words are hers.
/// </summary>
public sealed class PronounAfterObjectTests
{
    private const string Article = "Talks in Ostrel\n\nBy Ada Quill\n\nJune 9, 2025\n\n"
        + "The Green Bloc won 12 seats in the Ostrel assembly. Its leader, Mira Solvay, has met both party chiefs twice since the vote. "
        + "After the second meeting with Bram Tollan on June 4, she said the talks had been \"slow but honest\".\n\n"
        + "Tollan, the outgoing premier, said his party was \"ready to listen\".\n";

    [Fact]
    public void Ask_GivesTheQuoteToTheSubjectBefore_NotToOneNamedAfterAPreposition()
    {
        var answer = DraftedArticle.Ask("ostrel.txt", Article, "who said \"slow but honest\"?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Mira Solvay", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_StillGivesTheQuoteToTheOneNamedInItsSentence()
    {
        var answer = DraftedArticle.Ask("ostrel.txt", Article, "who said \"ready to listen\"?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Bram Tollan", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
