using Bot.Engine.Query;

namespace Bot.Engine.Tests.Stages;

/// <summary>Reading a text's negations: what denies, and what only looks as if it did.</summary>
public sealed class WordsTests
{
    [Theory]
    [InlineData("the council did not agree", 1)]
    [InlineData("whether or not the council agrees", 0)]
    [InlineData("the protests are peaceful or not", 0)]
    [InlineData("the opposition parties agree", 0)]
    public void CountNegations_CountsOnlyDenials_WhenTheTextHasNegationWords(string text, int expected) =>
        Assert.Equal(expected, Words.CountNegations(text));

    [Theory]
    [InlineData("protest|violent", 1)]
    [InlineData("protest|non|violent", 0)]
    [InlineData("protest|nonviol", 0)]
    [InlineData("protest|group", 0)]
    public void CountNegations_ReadsNonAgainstItsOwnWord_WhenTheClaimMakesItOrNot(string claim, int expected) =>
        Assert.Equal(expected, Words.CountNegations("The protests have been non-violent.", claim.Split('|')));
}
