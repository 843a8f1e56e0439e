namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// More ways news writing names a cause without "because": a reason said to be one ("the reason for X is Y"), a purpose
/// ("so that"), what set off an outbreak ("began when"), a cause in the passive ("was prompted by") or opening the
/// sentence ("Fuelled by Y, X"), a circumstance weighed ("given the rules"), and the deed by which an actor won or lost others' regard ("angered farmers by raising
/// the tax").
/// </summary>
public sealed class CausalPhrasingTests
{
    [Theory]
    [InlineData("The reason for the tunnel delay is that the contractor went bankrupt.", "The tunnel delay", "the contractor went bankrupt")]
    [InlineData("One reason behind the fall in tourism was the closure of the airport.", "the fall in tourism", "the closure of the airport")]
    [InlineData("The council of Kessberg cut bus fares so that more commuters would leave their cars at home.", "cut bus fares", "more commuters would leave their cars")]
    [InlineData("The decision to close the Varn mine was prompted by falling coal prices.", "The decision to close the Varn mine", "falling coal prices")]
    [InlineData("Fuelled by cheap credit, the housing boom in Kessberg continued into the autumn.", "the housing boom in Kessberg continued", "cheap credit")]
    [InlineData("The mayor of Kessberg has angered farmers by raising the water tax.", "has angered farmers", "raising the water tax")]
    [InlineData("Mr Tobin Marsh, who has alienated his allies by hoarding the budget, faces a vote.", "has alienated his allies", "hoarding the budget")]
    [InlineData("The strikes in Kessberg began when the steel mill closed.", "The strikes in Kessberg began", "the steel mill closed")]
    [InlineData("Riots broke out in Varn after the council vote was annulled.", "Riots broke out in Varn", "the council vote was annulled")]
    [InlineData("Few reporters visit the Varn mine given the strict rules on access.", "Few reporters visit the Varn mine", "the strict rules on access")]
    [InlineData("Kessberg is unlikely to raise bus fares, given that an election is due in May.", "Kessberg is unlikely to raise bus fares", "an election is due in May")]
    public void Extract_TakesTheCauseItNames_AsTheReason(string sentence, string claim, string reason)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Contains(claim, explanation.Evidence.Quote, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(reason, Assert.Single(explanation.Reasons).Evidence.Quote, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_TakesTheSentenceBefore_AsWhatAReasonWithNothingNamedIsFor()
    {
        var explanation = Assert.Single(Drafts.Of("Ferry fares in Kessberg doubled this spring. The reason is simple: the fuel ran short.").Explanations);

        Assert.Contains("Ferry fares in Kessberg doubled", explanation.Evidence.Quote, StringComparison.Ordinal);
        Assert.Contains("the fuel ran short", Assert.Single(explanation.Reasons).Evidence.Quote, StringComparison.Ordinal);
    }

    [Theory]
    // How a thing was done, not why: no reason is given.
    [InlineData("Traders in Kessberg bypassed the checks by routing goods through a third port.")]
    [InlineData("The bridge was painted by volunteers during the spring.")]
    [InlineData("The talks in Kessberg began after a short delay.")]
    // A thing handed over, or one of its kind, is no reason.
    [InlineData("The mayor of Kessberg was given the keys to the old mill in May.")]
    [InlineData("On any given day the ferry to Varn carries forty cars.")]
    public void Extract_FindsNoReason_WhenByTellsHowOrWho(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Explanations);
    }
}
