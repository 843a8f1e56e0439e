namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// Causal wordings beyond "because": an opening "Considering that X, Y" gives X as the reason for Y; "Y so as not to X"
/// gives what is avoided as why Y is done; "X, thus doing Y" and "X; hence Y" give X as the reason for what the
/// connective brings after it; "X makes it an ideal target" gives X as why it is one.
/// </summary>
public sealed class CausalConnectiveTests
{
    [Theory]
    [InlineData("Considering that the council of Kessberg told its traders to fly the town flag, it expected the siege to end quickly.", "expected the siege to end quickly", "told its traders to fly the town flag")]
    [InlineData("The council of Kessberg kept the tolls low so as not to anger the farmers of Varn.", "kept the tolls low", "anger the farmers of Varn")]
    [InlineData("The newspapers of Kessberg were told not to criticise the mayor, thus giving his plan an air of consensus.", "giving his plan an air of consensus", "told not to criticise the mayor")]
    [InlineData("The river of Kessberg silted up in the spring; hence the ferry to Varn stopped running.", "the ferry to Varn stopped running", "silted up in the spring")]
    // "X makes it an ideal target": what it makes a thing for others is why it is that.
    [InlineData("The role of Kessberg as the main river port makes it an ideal target for smugglers.", "an ideal target for smugglers", "The role of Kessberg as the main river port")]
    public void Extract_TakesTheReason_FromTheConnective(string sentence, string claim, string reason)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Contains(claim, explanation.Claim, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(reason, Assert.Single(explanation.Reasons).Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The ferry to Varn has run at a loss, and thus far the council of Kessberg has paid for it.")]
    public void Extract_FindsNoReason_ForThusFar(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Explanations);
    }
}
