namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// What a thing was made or begun for is why it was: "the levy was designed to curb imports", "the feud was started
/// to distract from the debts". A thing planned ("had been meant to sail on Monday") or a relative clause cut short
/// ("the rule that is designed to ...") gives no such reason.
/// </summary>
public sealed class PurposeOfMakingTests
{
    [Theory]
    [InlineData("The new levy on Varn was designed to curb the flood of cheap grain.", "The new levy on Varn was designed", "curb the flood of cheap grain")]
    [InlineData("Traders suspect the feud with Varn was started to distract from the debts of the council, which will lead to higher tolls.", "the feud with Varn was started", "distract from the debts of the council")]
    [InlineData("The ferry service to Kessberg was largely set up to carry the harvest to market.", "The ferry service to Kessberg was largely set up", "carry the harvest to market")]
    public void Extract_TakesWhatAThingWasMadeFor_AsTheReason(string sentence, string claim, string reason)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Contains(claim, explanation.Claim, StringComparison.Ordinal);
        Assert.StartsWith(reason, Assert.Single(explanation.Reasons).Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The envoy of Varn had been meant to sail to Kessberg on Monday.")]
    [InlineData("The council defends the rule that is designed to keep the harbour of Kessberg clean.")]
    public void Extract_FindsNoPurpose_InAPlanOrACutRelativeClause(string sentence)
    {
        Assert.DoesNotContain(Drafts.Of(sentence).Explanations, e => e.Reasons.Any(r => r.Evidence.Quote.StartsWith("sail", StringComparison.Ordinal) || r.Evidence.Quote.StartsWith("keep", StringComparison.Ordinal)));
    }
}
