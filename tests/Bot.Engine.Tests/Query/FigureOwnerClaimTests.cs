using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "did they lose over 4,000 soldiers?" of "they lost 3,150 soldiers, given recruitment of 4,000 a month": the
/// sentence gives the claim's figure of something else, and what the claim counts stands beside another figure.
/// </summary>
public sealed class FigureOwnerClaimTests
{
    private const string Article = """
        Border War

        By Ada Quill | March 4, 2021

        The Bordurian garrison lost 3,150 soldiers in March, a bearable toll given Bordurian recruitment of about 4,000 a month.

        A Ruritanian official claimed on May 5 that the navy had received 46 patrol boats so far, and local media reported that Chile could supply up to 300 in all.
        """;

    [Theory]
    [InlineData("Did the Bordurian garrison lose over 4,000 soldiers in March?", "No")]
    [InlineData("Does the article attribute the figure of up to 300 boats to a Ruritanian official?", "No")]
    [InlineData("Did the Bordurian garrison lose 3,150 soldiers in March?", "Yes")]
    [InlineData("Was Bordurian recruitment about 4,000 a month?", "Yes")]
    [InlineData("Did the navy receive 46 patrol boats?", "Yes")]
    public void Ask_HoldsTheClaimsFigureAgainstWhatTheSentenceGivesItOf(string question, string start) => AssertOpens(question, start);

    private static void AssertOpens(string question, string start)
    {
        var answer = DraftedArticle.Ask("garrison.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
