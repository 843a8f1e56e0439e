using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A sentence that reports a plan and then doubts it in its closing clause ("although this appears unlikely to come to
/// pass") gives no "yes" to whether the plan will go ahead.
/// </summary>
public sealed class DoubtedAfterwardTests
{
    private const string Article = """
        Ports and Promises

        By Ada Quill | March 4, 2021

        The council of Lorvik met on Monday to weigh the cost of the flood.

        Mayor Jane Roe met the Borduria trade minister in Lorvik, apparently to discuss the sale of the old harbour to Borduria, although this appears unlikely to come to pass.

        The ferries cross the bay every hour, and the fishing fleet has grown.
        """;

    [Theory]
    [InlineData("Will the sale of the old harbour to Borduria go ahead?", "No")]
    [InlineData("Did Jane Roe meet the Borduria trade minister?", "Yes")]
    public void Ask_DoesNotConfirmWhatTheSentenceDoubts(string question, string start)
    {
        var answer = DraftedArticle.Ask("ports-promises.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
