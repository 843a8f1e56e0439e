using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A negation reaches as far as the words of substance after it, whatever function words stand between: "stopped short
/// of sending a single armoured brigade to the front" denies the brigade at the front, not only the sending.
/// </summary>
public sealed class NegationReachTests
{
    private const string Article = """
        Valdoria and the War

        By Ada Quill | March 4, 2021

        Although Valdoria has been isolated for years over its support of the invasion, a war in which Valdoria stopped short of sending a single armoured brigade to the front, Minister Arlo Venn has been cultivating ties with Norland.

        Kessberg says the country will stay out of the fighting.
        """;

    [Theory]
    [InlineData("Did Valdoria put a brigade on the front?", "No")]
    [InlineData("Valdoria did put its own brigade at the front, didn't it?", "No")]
    [InlineData("Has Arlo Venn been cultivating ties with Norland?", "Yes")]
    public void Ask_ReadsANegationPastFunctionWords(string question, string start)
    {
        var answer = DraftedArticle.Ask("valdoria.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
