namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Causal wording that gives no reason for the sentence: a reason the sentence denies ("It is not because ...", "is not
/// driven by"), a cue inside the clause the sentence opens with ("Before the ties were cut due to X, ..."), and "as to"
/// ("regarding"), which is no "as" of cause.
/// </summary>
public sealed class DeniedAndInnerCauseTests
{
    [Theory]
    [InlineData("The council of Kessberg is talking to the hauliers. It is not because the mayor intends to cut the tolls on the bridge.")]
    [InlineData("Trade with Varn is confined to grain and timber, and is not underpinned by any shared port authority.")]
    [InlineData("Before the ferry links with Varn were cut due to the storm damage, the two ports had shared their pilots.")]
    [InlineData("Third, the vote revealed a nervous council, as to how the mayor of Kessberg manages his allies.")]
    [InlineData("The ferry to Varn has run at a loss since its new owner was named in the spring.")]
    public void Extract_FindsNoReason_WhenTheCueIsDeniedOrInsideAnOpeningClause(string text)
    {
        Assert.Empty(Drafts.Of(text).Explanations);
    }

    [Theory]
    [InlineData("The ferry links with Varn were cut due to the storm damage.", "The ferry links with Varn were cut", "the storm damage")]
    [InlineData("The council of Kessberg is talking to the hauliers because the mayor intends to cut the tolls.", "talking to the hauliers", "the mayor intends to cut the tolls")]
    // "since" before a clause in the present gives a cause; a date would take the past.
    [InlineData("There is no lasting deal on the Kessberg tolls since its underlying cause is the mayor's view of the hauliers.", "no lasting deal on the Kessberg tolls", "the mayor's view")]
    public void Extract_StillTakesTheCause_OfTheMainClause(string text, string claim, string reason)
    {
        var explanation = Assert.Single(Drafts.Of(text).Explanations);

        Assert.Contains(claim, explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.Contains(reason, Assert.Single(explanation.Reasons).Evidence.Quote, StringComparison.Ordinal);
    }
}
