using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>A pattern whose matches are remembered by text matches as the pattern itself does, however often a text comes.</summary>
public sealed class RememberedPatternTests
{
    [Theory]
    [InlineData("how old is the ship?", true)]
    [InlineData("who wrote it?", false)]
    [InlineData("How OLD was she", true)]
    [InlineData("", false)]
    public void IsMatch_AnswersAsThePattern_WhenATextRepeats(string text, bool expected)
    {
        var regex = new Regex(@"\bhow old\b", RegexOptions.IgnoreCase);
        var remembered = new RememberedPattern(regex);

        // A text is remembered the second time it comes: the first, second and later answers must all agree.
        var answers = Enumerable.Range(0, 4).Select(_ => remembered.IsMatch(text)).ToList();

        Assert.All(answers, a => Assert.Equal(expected, a));
        Assert.Equal(regex.IsMatch(text), expected);
    }
}
