namespace Bot.Engine.Tests.Extraction;

/// <summary>Ways news writing gives a reason without "because": each drafts an explanation a "why" question can find.</summary>
public sealed class NewsCausalWordingTests
{
    [Theory]
    // "X viewed Y as a way to Z": Z is why X turned to Y.
    [InlineData("The council has viewed cheap ferries as a practical way to make up for the closed bridge.",
        "The council has viewed cheap ferries", "a practical way to make up for the closed bridge")]
    [InlineData("Officials see the new port as a means of escaping the tolls in the north.",
        "Officials see the new port", "a means of escaping the tolls")]
    [InlineData("Many farmers regard the co-operative as the only route to the export market.",
        "Many farmers regard the co-operative", "the only route to the export market")]
    public void Extract_TakesTheEndAThingIsSeenAsAWayTo_AsTheReason(string sentence, string claim, string reason)
    {
        var model = Drafts.Of(sentence);

        var explanation = Assert.Single(model.Explanations);
        Assert.Contains(claim, explanation.Evidence.Quote, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(explanation.Reasons, r => r.Evidence.Quote.Contains(reason, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // An opinion held of someone, a way seen without being taken: no reason is given.
    [InlineData("The council sees the mayor as a rival.")]
    [InlineData("The council sees the tolls as the wrong answer to the traffic.")]
    public void Extract_FindsNoReason_WhenWhatAThingIsSeenAsIsNoWay(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Explanations);
    }
}
