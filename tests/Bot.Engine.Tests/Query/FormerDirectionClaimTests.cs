using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Did they win more seats than in 2019?" of "won 22 seats, down from 29 in 2019": "down from" says the amount fell, so
/// a claim that it is more than before is a no, and one that it is fewer is not.
/// </summary>
public sealed class FormerDirectionClaimTests
{
    private const string Article = "Ostrel Votes\n\nBy Ada Quill\n\nJune 9, 2025\n\n"
        + "The Harbour Party, led by Bram Tollan, won 22 seats in the Ostrel assembly on May 18, down from 29 in 2019. "
        + "The Field Union won 14 seats, up from nine in 2019.\n";

    [Theory]
    [InlineData("did the Harbour Party win more seats than in 2019?", "No")]
    [InlineData("did the Field Union win fewer seats than in 2019?", "No")]
    [InlineData("did the Harbour Party win fewer seats than in 2019?", "Yes")]
    public void Ask_ReadsDownFromAsAFall_AgainstAClaimOfMoreOrFewer(string question, string verdict)
    {
        var answer = DraftedArticle.Ask("ostrel.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(verdict, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
