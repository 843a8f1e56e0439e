using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "not only", "not just", "not merely" add to what they name rather than deny it, in the article and in a claim:
/// "the drought, not only the floods, ruined the harvest" says the floods ruined it too.
/// </summary>
public sealed class AdditiveNotTests
{
    private const string Article = """
        Harvest Losses in Kessberg

        By Ada Quill | March 4, 2021

        Minister Arlo Venn said the long drought, not only the spring floods, ruined the wheat harvest in Kessberg last year.

        The council of Kessberg has since opened two grain depots for farmers.
        """;

    [Theory]
    [InlineData("Did the spring floods ruin the wheat harvest in Kessberg?", "Yes")]
    [InlineData("Did the long drought, not just the spring floods, ruin the wheat harvest in Kessberg?", "Yes")]
    [InlineData("Did the long drought ruin the wheat harvest in Kessberg, not merely the spring floods?", "Yes")]
    [InlineData("Did the spring floods fail to ruin the wheat harvest in Kessberg?", "No")]
    [InlineData("Was the wheat harvest in Kessberg ruined only by the spring floods?", "No")]
    public void Ask_ReadsNotOnlyAsAddingToWhatItNames(string question, string start)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
