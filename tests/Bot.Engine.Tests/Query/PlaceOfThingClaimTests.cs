using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims that put a place right before a thing ("a Ruritanian flag"): where the article puts another place before the
/// same thing ("a Coral Islands flag") and never names the claim's, the claim is gainsaid, not confirmed in other words.
/// </summary>
public sealed class PlaceOfThingClaimTests
{
    private const string Article = """
        Cable Cutters

        By Ada Quill | March 4, 2021

        Ruritania has banned ships older than 15 years from its registry.

        Since the Sea Lark cut cables in the Gulf of Borduria, prosecutors have struggled to prove that the ship, which sails under a Coral Islands flag, was not drifting by accident.
        """;

    [Theory]
    [InlineData("Does the Sea Lark sail under a Ruritanian flag?", "No")]
    [InlineData("Does the Sea Lark sail under a Coral Islands flag?", "Yes")]
    public void Ask_GainsaysTheClaim_WhenTheArticlePutsAnotherPlaceBeforeTheThing(string question, string opening)
    {
        var answer = DraftedArticle.Ask("cables.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(opening, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
