using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How much did the flow drop?" asks a change, and "cut by nearly a third" gives one: a fraction after "by" that follows
/// a verb of rise or fall is an amount as "by 30%" is, even when the article's verb is not the question's.
/// </summary>
public sealed class FractionChangeTests
{
    private const string Text = """
        Dry Summer on the Orvel

        By Nia Castell | Lowland Post | May 2, 2023

        The flow of the Orvel River was cut by nearly a third after the Brannock smelter diverted water for cooling. Farmers in Tessary say their wells have run dry.

        Grain output in the valley fell by almost a fifth last year, the farm board said. Its chair, Odile Marsh, blames the smelter.
        """;

    [Theory]
    [InlineData("how much did the flow drop?", "nearly a third")]
    [InlineData("how much did the orvel's flow fall?", "nearly a third")]
    [InlineData("how much did grain output fall?", "almost a fifth")]
    public void Ask_GivesTheChange_WhenAFractionFollowsByAfterAChangeVerb(string question, string change)
    {
        var answer = DraftedArticle.Ask("orvel.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(change, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
