using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims placed only by the asker's now ("lately", "recently"): the article, dated by its own words, neither bears that
/// out nor gainsays it, so the rest of the claim is checked as it stands.
/// </summary>
public sealed class RecentClaimTests
{
    private const string Article = """
        Harbour Boom

        By Ada Quill | March 4, 2021

        The island's fishing fleet has more than doubled since 2019, from 40 to 90 boats, according to the port office.

        Investment in the harbour's cranes has been slashed as the port authority's debts have mounted.
        """;

    [Theory]
    [InlineData("so the island's fishing fleet more than doubled lately?", "Yes")]
    [InlineData("Has the fishing fleet recently more than doubled?", "Yes")]
    [InlineData("the port authority has been pumping more money into the harbour's cranes lately, right?", "No")]
    public void Ask_ChecksTheRestOfTheClaim_WhenItIsPlacedOnlyByNow(string question, string opening)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(opening, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
