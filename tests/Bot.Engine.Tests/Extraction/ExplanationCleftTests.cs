namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// "It was only because the harbour froze that the fleet stayed home": the cleft gives the reason first and what it
/// explains after its "that", so the claim is the part after "that", not a bare "It was".
/// </summary>
public sealed class ExplanationCleftTests
{
    [Theory]
    [InlineData("It was only because the harbour froze that the fleet stayed home last winter.", "The fleet stayed home last winter.", "The harbour froze")]
    [InlineData("But it is partly because of the drought that bread prices doubled in Orsk.", "Bread prices doubled in Orsk.", "The drought")]
    [InlineData("It was because the council ran out of money that the bridge was never finished.", "The bridge was never finished.", "The council ran out of money")]
    public void Extract_TakesTheClaimAfterThat_AndTheReasonAfterBecause(string sentence, string claim, string reason)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Equal(claim, explanation.Claim);
        Assert.Equal(reason, Assert.Single(explanation.Reasons).Text);
    }
}
