using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "The Green Bloc, led by Mira Solvay, won 12 seats": the body named right before ", led by" is the one she leads, and
/// "who is Mira Solvay?" says so.
/// </summary>
public sealed class LedByRoleTests
{
    private const string Article = "Ostrel Votes\n\nBy Ada Quill\n\nJune 9, 2025\n\n"
        + "The Harbour Party took 27 seats, and the Green Bloc, led by Mira Solvay, won 12. "
        + "Solvay has met both party chiefs twice since the vote.\n";

    [Fact]
    public void Ask_GivesTheBodyLed_AsTheRoleOfWhoLeadsIt()
    {
        var answer = DraftedArticle.Ask("ostrel.txt", Article, "who is Mira Solvay?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("Leader of the Green Bloc", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
