using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>Letters pasted in fullwidth, mathematical, circled or ligature forms are read as the plain letters.</summary>
public sealed class StyledLettersTests
{
    [Theory]
    [InlineData("ｗｈｏ ｉｓ Ｈａｌｅ？", "who is Hale?")]
    [InlineData("who is 𝐌𝐚𝐲𝐨𝐫 𝑹𝒐𝒆", "who is Mayor Roe")]
    [InlineData("𝓗𝓪𝓵𝓮 𝟚𝟘𝟙𝟞", "Hale 2016")]
    [InlineData("ⓗⓐⓛⓔ ①", "hale 1")]
    [InlineData("ℕorth ﬁshing ﬂeet", "North fishing fleet")]
    public void ToPlain_ReadsStyledLettersAsPlainOnes(string text, string expected) =>
        Assert.Equal(expected, StyledLetters.ToPlain(text));

    [Theory]
    [InlineData("who is Hale?")]
    [InlineData("the “harbour”… ’s plan — ½ done")]
    [InlineData("沙马诺夫是谁 🙂")]
    [InlineData("\ud835 lone half of a pair")]
    [InlineData("")]
    public void ToPlain_LeavesText_WhenNoLetterIsStyled(string text) =>
        Assert.Same(text, StyledLetters.ToPlain(text));
}
