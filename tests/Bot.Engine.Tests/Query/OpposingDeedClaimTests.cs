using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A stance drafted from a deed of opposing ("boycotted parliament", "condemned the law") is confirmed by a claim naming
/// the same deed, not denied as if the claim said the reverse.
/// </summary>
public sealed class OpposingDeedClaimTests
{
    private const string Article = """
        A Year Of Protest

        By Ada Quill | March 4, 2021

        All opposition parties have since boycotted parliament, leaving it entirely in government hands.

        The Farmers Union condemned the new land tax in April.
        """;

    [Theory]
    [InlineData("Have the opposition parties boycotted parliament?", "Yes")]
    [InlineData("Did the Farmers Union condemn the new land tax?", "Yes")]
    [InlineData("Did the opposition parties take part in parliament?", "No")]
    public void Ask_ReadsTheDeedAsTheStanceItIs(string question, string start)
    {
        var answer = DraftedArticle.Ask("protest.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
