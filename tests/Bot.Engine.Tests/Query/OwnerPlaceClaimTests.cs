using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A name written as an owner after "to" or "in" ("opposition to Chile's decision", "moved to Chilean lobbying") says
/// whose something is, not where it went: it does not put the claim's movement in another country.
/// </summary>
public sealed class OwnerPlaceClaimTests
{
    private const string Article = """
        Troops Abroad

        By Ada Quill | March 4, 2021

        Veterans of the old war expressed virulent opposition to Chile's May 2011 decision to deploy troops alongside NATO forces in Peru.

        Chile frequently lobbies inside the trade union and convinced Peru to move the union council from Bolivia to Peru.
        """;

    [Theory]
    [InlineData("Was the 2011 deployment to Peru carried out together with NATO forces?", "Yes")]
    [InlineData("Does the article attribute the union council relocation to Chilean lobbying?", "Yes")]
    [InlineData("Was the union council moved from Peru to Bolivia?", "No")]
    public void Ask_ReadsAnOwnersNameAsNoPlace(string question, string start)
    {
        var answer = DraftedArticle.Ask("troops.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
