using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "how many died in the april blasts?": a count of the dead in another fight is no answer; the occasion the question
/// ends on must be said by the sentence giving the number, in its own words or a synonym's.
/// </summary>
public sealed class CountOfOccasionTests
{
    private const string Article = """
        Unrest in Lorvik

        By Ada Quill | March 4, 2022

        Lorvik broke away from Velmora in 1992 after a war between the two militias that killed 300 fighters.

        On April 3, a series of explosions shook the customs office of Lorvik, which its rulers blamed on smugglers.
        """;

    [Theory]
    [InlineData("how many ppl died in those april blasts", false)]
    [InlineData("How many people were killed during the explosions?", false)]
    [InlineData("How many fighters died in the war?", true)]
    public void Ask_CountsOnlyWhatTheOccasionAskedCost(string question, bool answered)
    {
        var answer = DraftedArticle.Ask("lorvik.txt", Article, question);

        Assert.True(answered ? answer.Status == AnswerStatus.Answered && answer.Text.Contains("300", StringComparison.Ordinal)
            : answer.Status == AnswerStatus.Unknown, answer.Status + ": " + answer.Text);
    }
}
