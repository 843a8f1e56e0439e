namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// A reason that runs into an aside set off by dashes, after which the sentence goes on with a verb of its own: the
/// reason ends where the aside opens, and the clause from the aside on is a claim of its own when a causal link
/// ("in protest against") follows it. What is protested is why a protest was made.
/// </summary>
public sealed class DashAsideReasonTests
{
    [Theory]
    [InlineData("The ferry to Varn may close this winter due to the soaring price of fuel — the guild of Kessberg, which ran it for a century — sold its boats in protest against the new toll.",
        "may close this winter", "the soaring price of fuel", "sold its boats", "the new toll")]
    [InlineData("Trade with Varn slowed because of the flooded road — the council of Kessberg, long its keenest buyer — cancelled its orders in protest at the higher tariffs.",
        "Trade with Varn slowed", "the flooded road", "cancelled its orders", "the higher tariffs")]
    public void Extract_EndsTheReasonAtTheAside_AndExplainsTheClauseAfterIt(string sentence, string claim, string reason, string asideClaim, string asideReason)
    {
        var explanations = Drafts.Of(sentence).Explanations;

        var first = Assert.Single(explanations, e => e.Claim.Contains(claim, StringComparison.Ordinal));
        Assert.EndsWith(reason, Assert.Single(first.Reasons).Evidence.Quote, StringComparison.Ordinal);
        var second = Assert.Single(explanations, e => e.Claim.Contains(asideClaim, StringComparison.Ordinal));
        Assert.Contains(asideReason, Assert.Single(second.Reasons).Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The dockers of Kessberg walked out in protest over the longer shifts.", "The dockers of Kessberg walked out", "the longer shifts")]
    [InlineData("Varn recalled its envoy in protest against the seizure of two trawlers.", "Varn recalled its envoy", "the seizure of two trawlers")]
    public void Extract_TakesWhatIsProtested_AsTheReason(string sentence, string claim, string reason)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Contains(claim, explanation.Claim, StringComparison.Ordinal);
        Assert.Contains(reason, Assert.Single(explanation.Reasons).Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    // An aside right after the cue opens the reason, which goes on after it.
    [InlineData("The mill of Kessberg stayed open because – for the moment – its grain still sells well in Varn.", "its grain still sells well in Varn")]
    public void Extract_KeepsTheReason_WhenTheAsideOpensIt(string sentence, string reason)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Contains(reason, Assert.Single(explanation.Reasons).Evidence.Quote, StringComparison.Ordinal);
    }
}
