using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A comparison with fewer than two sides holding views ("how has X's standing changed?", "how does the upper valley
/// differ from the lower?") is answered by the sentence setting one thing against another in the article's own words.
/// </summary>
public sealed class ContrastSentenceTests
{
    private const string Article = """
        The Valley After the Flood

        By Ada Quill | March 4, 2021

        The council of Lorvik met on Monday to weigh the cost of the flood.

        The valley's harbour handled little trade for decades. A harbour once seen as a sleepy backwater is now regarded as the busiest port of the coast.

        The ferries cross the bay every hour, and the fishing fleet has grown.

        Unlike the upper valley towns, which pay their own way, the lower valley villages depend on grants from the council.

        The mill reopened in May after the repairs.
        """;

    [Theory]
    [InlineData("How is the harbour seen now compared with how it used to be seen?", "once seen as a sleepy backwater")]
    [InlineData("How do the lower valley villages compare with the upper valley towns?", "Unlike the upper valley towns")]
    public void Ask_GivesTheSentenceSettingOneAgainstTheOther_WhenNoTwoSidesHoldViews(string question, string expected)
    {
        var answer = DraftedArticle.Ask("valley-flood.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
