using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>Claims that something happened, checked against an article that tells it only as a plan, kept or not.</summary>
public sealed class FellThroughPlanTests
{
    private const string Article = "Harbour Talks\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Admiral Ada Vane had been meant to sail to Port Alder on May 3rd to see the harbour council. That visit was cancelled at the last minute.\n\n"
        + "Judge Jo Roe had been meant to fly to Greenwick on November 19th to meet Tom Reed. The flight never left.\n\n"
        + "Mayor Tom Reed plans to visit Greenwick next week.\n";

    [Theory]
    [InlineData("did vane sail to port alder?", "No")]
    [InlineData("Vane sailed to Port Alder as planned, right?", "No")]
    [InlineData("has vane sailed to port alder?", "No")]
    [InlineData("did jo roe meet tom reed?", "No")]
    public void Ask_SaysNo_WhenTheArticleTellsWhatTheClaimSaysHappenedAsAPlanThatWasToBe(string question, string start) =>
        Assert.StartsWith(start, DraftedArticle.Ask("harbour.txt", Article, question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_ShowsWhatBecameOfThePlan_WhenSayingItFellThrough() =>
        Assert.Contains("That visit was cancelled", DraftedArticle.Ask("harbour.txt", Article, "did vane sail to port alder?").Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("did reed visit greenwick?")]
    [InlineData("has reed visited greenwick?")]
    public void Ask_DoesNotSayNo_WhenThePlanIsToldAsStillToCome(string question) =>
        Assert.False(DraftedArticle.Ask("harbour.txt", Article, question).Text.StartsWith("No", StringComparison.Ordinal));
}
