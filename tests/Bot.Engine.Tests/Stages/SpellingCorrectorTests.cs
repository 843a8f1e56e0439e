using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// The corrector with the name allowance (by the shorter word's length) on a few names, and the index's word
/// allowance on the harbour article's words (short words only gain a dropped letter).
/// </summary>
public sealed class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Names = new(["greenwick", "harbour", "hale", "halifax", "oyster"],
        (typed, known) => EditDistance.Allowance(Math.Min(typed.Length, known.Length)));

    [Theory]
    [InlineData("greenwik", "greenwick")]
    [InlineData("greenwickk", "greenwick")]
    [InlineData("grenwik", "grenwik")]
    [InlineData("harbur", "harbour")]
    [InlineData("hael", "hale")]
    [InlineData("hal", "hal")]
    [InlineData("xarbour", "xarbour")]
    [InlineData("oystre", "oyster")]
    [InlineData("halifx", "halifax")]
    [InlineData("greenwick", "greenwick")]
    [InlineData("", "")]
    public void Correct_ReturnsTheClosestKnownWord_WhenWithinTheAllowance(string typed, string expected) =>
        Assert.Equal(expected, Names.Correct(typed));

    [Theory]
    [InlineData("harbur", "harbour")]
    [InlineData("dredgin", "dredging")]
    [InlineData("dredg", "dredge")]
    [InlineData("oyter", "oyster")]
    [InlineData("plam", "plam")]
    [InlineData("plna", "plna")]
    public void Correct_AllowsShortWordsOnlyADroppedLetter_WhenUsingTheArticleWords(string typed, string expected) =>
        Assert.Equal(expected, StageIndex.Harbour.Speller.Correct(typed));
}
