using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>"twice" gives a number of times in one word, so it answers "how many times"; another number does not.</summary>
public sealed class TimesCountTests
{
    private const string Article = """
        Ostria Tightens Its Grip

        By Lev Arden | Harbour Post | May 12, 2024

        Ostria's Harbour Board has grown weary of smuggling through the docks. Last month Ostria flew more than 900 additional guards to the northern quays.

        The Varnian navy has twice tested a new patrol drone over the straits.
        """;

    [Fact]
    public void Ask_CountsTimes_ByAWordForThem()
    {
        var answer = DraftedArticle.Ask("ostria.txt", Article, "How many times has the Varnian navy tested the patrol drone?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("twice", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("How many times has Ostria flown guards to the quays?")]
    [InlineData("how many north korean ferries did ostria send to the quays?")]
    public void Ask_GivesNoCount_OfOtherThings(string question)
    {
        var answer = DraftedArticle.Ask("ostria.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Unknown, answer.Text);
    }
}
