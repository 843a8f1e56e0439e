using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "what different ways of ending a war does she describe?": "different" before what is asked for, with no second side
/// named, means "various" and asks for a list; a comparison needs two sides.
/// </summary>
public sealed class DifferentMeansVariousTests
{
    [Theory]
    [InlineData("what different ways of ending a war does the author describe", "List")]
    [InlineData("which different tactics do the smugglers use", "List")]
    [InlineData("what are the different kinds of storage", "List")]
    public void Recognize_ReadsAList_WhenDifferentMeansVarious(string words, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(words).ToString());

    [Theory]
    [InlineData("what different views do lorvik and vell hold")]
    [InlineData("how is the toll different from the tax")]
    [InlineData("what different ways do they compare the two ports")]
    public void Recognize_KeepsACompare_WhenTwoSidesAreSet(string words) =>
        Assert.Equal("Compare", IntentRecognizer.Recognize(words).ToString());
}
