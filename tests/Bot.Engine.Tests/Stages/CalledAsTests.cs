using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "What does X call Y?" asks how X refers to Y: an article saying "X refers to Y as ..." answers it, though it never
/// writes "call".
/// </summary>
public sealed class CalledAsTests
{
    private const string Article = """
        Vell Looks East Again

        By Ada Quill | March 4, 2021

        Vell has courted Ardun for a decade, and the ties between the two have grown warmer since the border treaty.

        The new harbour charter, published last spring, refers to Vell as a gateway of the northern seas, meaning that its ports should serve every neighbour.
        """;

    [Theory]
    [InlineData("what does the harbour charter call vell", "gateway of the northern seas")]
    public void Ask_FindsHowOneSideRefersToAnother_WhenAskedWhatItCallsIt(string question, string expected)
    {
        var answer = DraftedArticle.Ask("vell-called-as.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
