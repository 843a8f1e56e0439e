using Bot.Engine.Query.Answerers;

namespace Bot.Engine.Tests.Query;

/// <summary>Which questions ask for a place, read first by the few words every such question holds.</summary>
public sealed class AsksPlaceTests
{
    [Theory]
    [InlineData("where did the mayors meet")]
    [InlineData("so wheres the farm")]
    [InlineData("in which town did the mayors meet")]
    [InlineData("at what venue was it signed")]
    [InlineData("what prison holds him")]
    [InlineData("launch site of the weather satellite")]
    [InlineData("the location of the talks")]
    [InlineData("what was the exact location of the talks")]
    [InlineData("which base in lorvik was it at")]
    [InlineData("locations of the four bases")]
    public void AsksPlace_ReadsEveryFormOfTheQuestion(string words) =>
        Assert.True(AnswerChecks.AsksPlace(words));

    [Theory]
    [InlineData("did the mayors meet in lorvik")]
    [InlineData("who hosted the talks")]
    [InlineData("what did the mayors agree")]
    [InlineData("which official signed it")]
    public void AsksPlace_IsFalse_WhenNoPlaceIsAsked(string words) =>
        Assert.False(AnswerChecks.AsksPlace(words));
}
