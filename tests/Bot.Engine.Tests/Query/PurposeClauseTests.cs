using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "a tool that seeks to shield farmers" tells what the tool is for: a claim describing the tool the same way ("a tool
/// that shields farmers?") is confirmed, while a claim that it did so is not.
/// </summary>
public sealed class PurposeClauseTests
{
    private const string Article = """
        Varnia's Tariff Gamble

        By Ada Quill | March 4, 2021

        The new Varnian tariffs are a blunt tool that seeks to shield local farmers from cheap imports.

        Ostria has asked the League to rule on the tariffs.
        """;

    [Theory]
    [InlineData("Are the Varnian tariffs a tool that shields local farmers from cheap imports?", true)]
    [InlineData("Did the Varnian tariffs shield local farmers from cheap imports?", false)]
    public void Ask_ReadsAPurposeClauseAsWhatTheThingIs(string question, bool confirmed)
    {
        var answer = DraftedArticle.Ask("tariffs.txt", Article, question);

        Assert.True(answer.Text.StartsWith("Yes", StringComparison.Ordinal) == confirmed && answer.Text.Contains("blunt tool", StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }
}
