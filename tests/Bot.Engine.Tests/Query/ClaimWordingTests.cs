using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims checked against what the article says in other words: a denial put as "free of" ("free of sanctions from every
/// government" of "not sanctioned by any government"), and a word the article says only through a thesaurus synonym of
/// another sense, whose opposite it also says.
/// </summary>
public sealed class ClaimWordingTests
{
    private const string Article = """
        Trade Routes Through Harlow

        By Ada Quill | March 4, 2021

        The Harlow Trading Company is not sanctioned by any government, the report said.

        The protests in Kessberg have been almost entirely non-violent.

        Analyst Mira Holt concludes that the dispute between the two ports is likely to be an enduring feature of their trade for years to come.
        """;

    [Theory]
    [InlineData("Is the Harlow Trading Company free of sanctions?", "Yes")]
    [InlineData("Is the Harlow Trading Company free from sanctions?", "Yes")]
    [InlineData("Is the Harlow Trading Company free of sanctions from every government?", "Yes")]
    [InlineData("Is the Harlow Trading Company under sanctions?", "No")]
    [InlineData("Were the protests in Kessberg peaceful?", "Yes")]
    [InlineData("Does Mira Holt say the dispute between the ports will finish soon?", "No")]
    public void Ask_ChecksClaimsSaidInOtherWords(string question, string start)
    {
        var answer = DraftedArticle.Ask("harlow.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
