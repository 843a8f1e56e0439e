using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>Cleaning chat text: invisible characters gone, quotes and dashes unified, whitespace collapsed.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("who\u200B is  hale", "who is hale")]
    [InlineData("  roe\u00A0said\t\n", "roe said")]
    [InlineData("\u201Cleft as it is\u201D", "\"left as it is\"")]
    [InlineData("Greenwick\u2019s plan", "Greenwick's plan")]
    [InlineData("anti\u2013dredging \u2014 why", "anti-dredging - why")]
    [InlineData("\u202Ehale\u202C", "hale")]
    [InlineData("e\u0301", "\u00E9")]
    [InlineData("\uFEFFwho is\u2060 hale\u200D\u200C", "who is hale")]
    [InlineData("e\u200B\u0301", "e\u0301")]
    [InlineData("who\u0000is\u0007\u001Bhale", "who is hale")]
    [InlineData("\u0085roe\u009B", "roe")]
    public void Clean_ReturnsPlainText_WhenTextHasInvisibleOrTypographicCharacters(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Clean(text));

    [Theory]
    [InlineData("Roe said: \"it's done\" (twice).")]
    [InlineData("a")]
    [InlineData("")]
    public void Clean_ReturnsTheSameText_WhenItIsAlreadyClean(string text) =>
        Assert.Same(text, TextNormalizer.Clean(text));

    [Theory]
    [InlineData(" roe said", "roe said")]
    [InlineData("roe said ", "roe said")]
    [InlineData("roe  said", "roe said")]
    [InlineData("roe `said`", "roe 'said'")]
    [InlineData("roe\u007Fsaid", "roe said")]
    public void Clean_StillCleans_WhenAsciiTextLooksAlmostClean(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Clean(text));

    [Theory]
    [InlineData("  a \t b\n\nc ", "a b c")]
    [InlineData("\u201Ckept\u201D\u200B", "\u201Ckept\u201D\u200B")]
    public void CollapseWhitespace_KeepsOtherCharacters_WhenCollapsingSpaces(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.CollapseWhitespace(text));
}
