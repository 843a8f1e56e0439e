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
    [InlineData("instead of fining the firms, they banned the owners", 1)]
    [InlineData("a symbol of the movement rather than its leader", 1)]
    [InlineData("she would rather stay", 0)]
    [InlineData("instead, they banned the owners", 0)]
    [InlineData("against this backdrop, the port is the town's top employer", 0)]
    [InlineData("the krona fell against the dollar", 0)]
    [InlineData("they won against all odds", 0)]
    [InlineData("the council voted against the plan", 1)]
    [InlineData("the mayor is against a new bridge", 1)]
    public void CountNegations_CountsOnlyDenials_WhenTheTextHasNegationWords(string text, int expected) =>
        Assert.Equal(expected, Words.CountNegations(text));

    [Theory]
    [InlineData("three flags, none linked to the union")]
    [InlineData("none of the boats returned")]
    public void Stems_ReadsNoneAsADenialOfWhatFollows_NotAsAPrefix(string text) =>
        Assert.Contains("not", Words.Stems(text));
}
