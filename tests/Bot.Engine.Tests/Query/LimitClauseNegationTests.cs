using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A negation right after "until" or "unless" tells the deed's limit or condition, in the article and in a claim:
/// "the siege will go on until the town can no longer resist" says the siege goes on.
/// </summary>
public sealed class LimitClauseNegationTests
{
    private const string Article = """
        The Siege of Orvel

        By Ada Quill | March 4, 2021

        General Brask said his army would keep up the siege of Orvel until the town could no longer hold out.

        General Brask hopes to wear down the defenders of Orvel over the winter.

        The council of Orvel has since asked the League for grain.
        """;

    [Theory]
    [InlineData("Will Brask's army keep up the siege of Orvel?", "Yes")]
    [InlineData("Will Brask's army keep up the siege of Orvel until the town cannot hold out?", "Yes")]
    [InlineData("Does General Brask hope to wear down the defenders until they cannot fight?", "Yes")]
    [InlineData("Will Brask's army not keep up the siege of Orvel?", "No")]
    public void Ask_ReadsANegationAfterUntilAsTheLimit(string question, string start)
    {
        var answer = DraftedArticle.Ask("orvel.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
