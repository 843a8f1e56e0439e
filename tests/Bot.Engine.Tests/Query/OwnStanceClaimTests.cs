using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim about one actor's stance is checked against that actor's own position, not against another's position that
/// names it in passing ("B was open to it, in contrast to A's refusal"), which the shipped annotation holds.
/// </summary>
public sealed class OwnStanceClaimTests
{
    [Theory]
    [InlineData("Did Kazakhstan agree to send troops to Syria?", "No")]
    [InlineData("Did Kyrgyzstan agree to send troops to Syria?", "Yes")]
    public void Ask_ChecksTheClaimAgainstTheSubjectsOwnStance(string question, string start)
    {
        var answer = SeededEngine.Ask(question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
