using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "did the idea come from Peru?" of "the idea originated in Chile": what originated in a country is from it, so a claim
/// that it came from another country is a no, and one naming the same country is not.
/// </summary>
public sealed class OriginPlaceClaimTests
{
    private const string Article = """
        The Andean League

        By Ada Quill | March 4, 2021

        The idea of an Andean league itself originated in Chile during the late 19th century, while Chile together with Peru has been pushing the league since the 1990s.
        """;

    [Fact]
    public void Ask_SaysNo_WhenTheClaimGivesAnotherCountryOfOrigin() =>
        Assert.StartsWith("No", DraftedArticle.Ask("league.txt", Article, "Did the idea of an Andean league first come from Peru?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_DoesNotDeny_TheCountryOfOrigin() =>
        Assert.False(DraftedArticle.Ask("league.txt", Article, "Did the idea of an Andean league first come from Chile?").Text.StartsWith("No", StringComparison.Ordinal));
}
