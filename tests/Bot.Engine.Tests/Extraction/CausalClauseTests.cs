namespace Bot.Engine.Tests.Extraction;

/// <summary>The clause a causal cue stands in decides where its claim and reason lie, or whether it gives a reason at all.</summary>
public sealed class CausalClauseTests
{
    [Theory]
    // "A, which triggered B – ...": the pronoun stands for A, and B ends where the inserted clause closes.
    [InlineData("The council raised the tolls on the Kessberg bridge, which triggered a boycott – and a lawsuit by the hauliers.",
        "The council raised the tolls on the Kessberg bridge", "a boycott", "lawsuit")]
    [InlineData("Kessberg kept its harbour open to the north—which would almost certainly have led to a strike—but cut its hours.",
        "Kessberg kept its harbour open to the north", "a strike", "hours")]
    [InlineData("Fishermen lost half their catch in the storm, and it has prompted calls for new quays.",
        "Fishermen lost half their catch in the storm", "calls for new quays", "and it")]
    public void Extract_TakesTheClauseBeforeARelativePronoun_AsTheReason(string sentence, string reason, string claim, string notInClaim)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Equal(reason, Assert.Single(explanation.Reasons).Evidence.Quote);
        Assert.Contains(claim, explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(notInClaim, explanation.Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    // An "as" clause after an opening phrase of time says when; one ending on a wish or a word says whose they were.
    [InlineData("On 4 May, as the council met in Kessberg, the harbour master resigned.")]
    [InlineData("The bridge will charge new tolls, as the council of Kessberg has demanded, from June.")]
    [InlineData("The ferry to Kessberg stopped at noon, as Minister Arlo Venn said.")]
    public void Extract_FindsNoReason_WhenAnAsClauseSaysWhenOrWhoseWishItFollows(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Explanations);
    }

    [Fact]
    public void Extract_TakesAnAsClause_WhoseReportingVerbGoesOnToWhatWasUrged_AsTheReason()
    {
        var explanation = Assert.Single(Drafts.Of(
            "As Minister Arlo Venn has urged the dockers to join the strike against the new tolls, the mayor closed the port of Kessberg.").Explanations);

        Assert.Contains("the mayor closed the port", explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.Contains("urged the dockers to join the strike", Assert.Single(explanation.Reasons).Evidence.Quote, StringComparison.Ordinal);
    }
}
