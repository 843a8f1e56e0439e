using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A yes/no claim's one word no article uses is taken as said in other words only where the sentence puts nothing of its
/// own in that word's place, and only when it is not the deed a "did X ...?" asks about.
/// </summary>
public sealed class ForeignWordingTests
{
    [Theory]
    [InlineData("would trawlers register as foreign vessels", "foreign", "trawlers would register as local vessels", true)]
    [InlineData("did they hire foreign nurses for the clinic", "foreign", "they hired young nurses for the clinic", true)]
    [InlineData("did they hire foreign nurses for the clinic", "foreign", "they hired nurses for the clinic", false)]
    [InlineData("has the army intensified its raids", "intensified", "the army stepped up its raids", false)]
    [InlineData("was the mayor thought to lean toward the west", "lean", "the mayor was believed to hold pro-western views", false)]
    public void SlotFilledOtherwise_IsTrueOnlyWhereTheSentenceHasAWordOfItsOwnInTheUnsaidWordsPlace(string claim, string unsaid, string sentence, bool filled) =>
        Assert.Equal(filled, YesNoAnswerer.SlotFilledOtherwise(YesNoAnswerer.Stemmed(Tokenizer.Tokens(claim)), Stemmer.Stem(unsaid), YesNoAnswerer.Stemmed(Tokenizer.Tokens(sentence))));

    [Theory]
    [InlineData("did the police find weapons in the villa", "find")]
    [InlineData("does greenwick own the marina", "own")]
    [InlineData("has the army intensified its raids", null)]
    [InlineData("was the mayor thought to lean toward the west", null)]
    public void DeedAskedOf_IsTheWordAfterTheSubjectOfADidClaim(string claim, string? deed) =>
        Assert.Equal(deed is null ? null : Stemmer.Stem(deed), YesNoAnswerer.DeedAskedOf(QuestionParser.Parse(Harbour, claim)));
}
