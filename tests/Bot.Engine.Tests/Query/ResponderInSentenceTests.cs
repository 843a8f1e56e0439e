using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "will X respond to Y with Z?" answered from a sentence in which X responds: X counts as the one responding when the
/// sentence names it, even where the drafted fact quotes only the words after the name.
/// </summary>
public sealed class ResponderInSentenceTests
{
    private const string Article = """
        Velmora's Blockade Gamble

        By Ada Quill | April 2, 2024

        A Velmoran blockade of the straits would be a costly gamble for small gains. At best, a blockade would freeze trade at its current level and let Velmora keep the islands it holds. The Harbour League is also likely to respond to a Velmoran blockade in the straits with naval patrols on Velmoran routes there. Ostria has asked its allies for help.
        """;

    [Theory]
    [InlineData("Will the Harbour League respond to a Velmoran blockade with naval patrols?")]
    [InlineData("Does the author expect the Harbour League to answer a blockade with patrols?")]
    public void Ask_ConfirmsTheResponseTheSentenceGives(string question)
    {
        var answer = DraftedArticle.Ask("blockade.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal)
            && answer.Text.Contains("naval patrols", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
