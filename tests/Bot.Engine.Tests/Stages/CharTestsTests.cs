using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>Whether all or any characters of a word pass a test, from a given one on, as LINQ over the characters would tell.</summary>
public sealed class CharTestsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("G")]
    [InlineData("Greenwick")]
    [InlineData("GREENWICK")]
    [InlineData("greenwick")]
    [InlineData("Ärne")]
    [InlineData("1990s")]
    public void CharTests_AnswerAsLinqDoes_FromEachStart(string word)
    {
        for (var from = 0; from <= 2; from++)
        {
            Assert.Equal(word.Skip(from).All(char.IsUpper), word.AllChars(char.IsUpper, from));
            Assert.Equal(word.Skip(from).Any(char.IsUpper), word.AnyChar(char.IsUpper, from));
            Assert.Equal(word.Skip(from).All(char.IsLetter), word.AllChars(char.IsLetter, from));
            Assert.Equal(word.Skip(from).Any(char.IsDigit), word.AnyChar(char.IsDigit, from));
        }
    }
}
