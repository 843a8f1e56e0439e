namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// A fear explains an action only when the action was taken amid or over it ("left amid fears that X"); "raised
/// concerns about X" or "feared that X" has only the fear's holder before the cue, and "playing on local concerns about
/// X" a phrase cut short.
/// </summary>
public sealed class FearCueTests
{
    [Theory]
    [InlineData("The villagers left the valley amid fears that the dam would burst.", "The villagers left the valley", "the dam would burst.")]
    [InlineData("Two ferry firms cut their routes over mounting worries about the price of fuel.", "Two ferry firms cut their routes", "the price of fuel.")]
    public void Extract_TakesTheFearAnActionWasTakenAmid_AsItsReason(string sentence, string claim, string reason)
    {
        var explanation = Assert.Single(Drafts.Of(sentence).Explanations);

        Assert.Equal(claim, explanation.Evidence.Quote);
        Assert.Equal(reason, Assert.Single(explanation.Reasons).Evidence.Quote);
    }

    [Theory]
    [InlineData("The harbour board raised concerns about the new toll.")]
    [InlineData("Several boatmen feared that the new toll would ruin them.")]
    [InlineData("The mayor is plainly worried about the cost of the bridge.")]
    [InlineData("The rival party keeps playing on local concerns about the toll.")]
    public void Extract_FindsNoExplanation_WhenOnlyTheFearsHolderComesBeforeIt(string sentence)
    {
        Assert.Empty(Drafts.Of(sentence).Explanations);
    }
}
