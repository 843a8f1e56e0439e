using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// A causal word inside a speaker's quoted phrase ("the plan "hampers our work"") is the speaker's wording, not the
/// author's explanation: cutting the sentence there would split the quotation and give neither half a meaning.
/// </summary>
public sealed class QuotedCueTests
{
    [Theory]
    [InlineData("Its mayor, Karl Vinter, said on May 2 that the levy \"undermines years of careful saving\" and recalled the town's envoy.")]
    [InlineData("The ferry union called the toll \u201Ca rule that hampers every crossing\u201D and walked out of the talks.")]
    public void Extract_FindsNoExplanation_WhenTheCueLiesInsideAQuotation(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Explanations);
    }

    [Fact]
    public void Extract_StillSplits_WhenTheQuotationIsClosedBeforeTheCue()
    {
        var explanation = Assert.Single(Drafts.Of("The mayor called the levy \"a disgrace\", and the quarrel led to a strike by the ferry crews.").Explanations);

        Assert.Contains("strike", explanation.Claim, StringComparison.Ordinal);
    }
}
