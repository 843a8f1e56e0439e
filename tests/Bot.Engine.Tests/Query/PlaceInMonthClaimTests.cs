using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim that puts a place and a month together is gainsaid by a sentence whose clause giving that month names
/// another place, and the claim's place only in a clause of its own: "a meeting in Norway in August, followed by the
/// prospect of one in Chile" does not put a meeting in Chile in August.
/// </summary>
public sealed class PlaceInMonthClaimTests
{
    private const string Article = """
        Summit Season in the North

        By Ada Quill | March 4, 2021

        Attention has focused on the meeting between Minister Arlo Venn and President Tala Moor in Norway in August, followed by the prospect of a second meeting in Chile.

        Minister Arlo Venn has said little about the talks.
        """;

    [Theory]
    [InlineData("Did Arlo Venn and Tala Moor meet in Chile in August?", "No")]
    [InlineData("Did Arlo Venn and Tala Moor meet in Norway in August?", "Yes")]
    public void Ask_PairsTheMonthWithThePlaceItsClauseNames(string question, string start)
    {
        var answer = DraftedArticle.Ask("summit.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
