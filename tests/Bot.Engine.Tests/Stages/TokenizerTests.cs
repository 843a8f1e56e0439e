using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>Word tokens: possessives dropped, inner apostrophes removed, hyphens and punctuation separate words.</summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Greenwick's council", "greenwick|council")]
    [InlineData("Greenwick's, council", "greenwick|council")]
    [InlineData("Roe\u2019s plan", "roe|plan")]
    [InlineData("the towns' harbour", "the|towns|harbour")]
    [InlineData("O'Neil spoke", "oneil|spoke")]
    [InlineData("don't dredge", "dont|dredge")]
    [InlineData("it's closed", "it|closed")]
    [InlineData("Port Alder's mayor's plan", "port|alder|mayor|plan")]
    [InlineData("the Sabbath's end", "the|sabbath|end")]
    [InlineData("Hale'sson", "halesson")]
    public void Tokenize_DropsPossessivesAndInnerApostrophes_WhenWordsHaveThem(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokenizer.Tokenize(text));

    [Theory]
    [InlineData("well-known harbour", "well|known|harbour")]
    [InlineData("anti-dredging", "anti|dredging")]
    [InlineData("March 3, 2021.", "march|3|2021")]
    [InlineData("who? what! (why)", "who|what|why")]
    [InlineData("  ", "")]
    [InlineData("won 54% of it", "won|54|percent|of|it")]
    public void Tokenize_SplitsOnHyphensAndPunctuation_WhenWordsAreJoined(string text, string expected) =>
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), Tokenizer.Tokenize(text));

    [Theory]
    [InlineData("a co-ordinated boycott", "a|coordinated|co|ordinated|boycott")]
    [InlineData("almost entirely non-violent.", "almost|entirely|nonviolent|non|violent")]
    [InlineData("the Lund-Berg plan", "the|lundberg|lund|berg|plan")]
    [InlineData("Lund-Berg's plan", "lundberg|lund|berg|plan")]
    [InlineData("out-of-work sailors", "outofwork|out|of|work|sailors")]
    [InlineData("a cease\u2011fire", "a|ceasefire|cease|fire")]
    [InlineData("a 28-point plan", "a|28|point|plan")]
    [InlineData("the 2024-25 budget", "the|2024|25|budget")]
    [InlineData("the F-16 jets", "the|f|16|jets")]
    [InlineData("the pier - and the toll", "the|pier|and|the|toll")]
    [InlineData("won 54%-", "won|54|percent")]
    public void TokenizeWithWholes_GivesAHyphenatedWordWholeBeforeItsParts_WhenLettersStandEitherSide(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokenizer.TokenizeWithWholes(System.Text.RegularExpressions.Regex.Unescape(text)));

    [Theory]
    [InlineData("Tom Hale's view", "Tom|Hale|view")]
    [InlineData("GREENWICK's council", "GREENWICK|council")]
    public void Tokenize_KeepsCase_WhenAskedNotToLowercase(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokenizer.Tokenize(text, lowercase: false));

    [Theory]
    [InlineData(511)]
    [InlineData(513)]
    [InlineData(5000)]
    public void Tokenize_KeepsAWholeWord_WhenTheTextIsLong(int length)
    {
        var word = new string('a', length);

        Assert.Equal(["who", word, "is"], Tokenizer.Tokenize("Who " + word.ToUpperInvariant() + " is"));
    }

    [Fact]
    public void Tokenize_GivesEachCallerAListOfItsOwn_WhenTheTextRepeats()
    {
        const string text = "Who dredged the harbour in March?";
        var first = Tokenizer.Tokenize(text);
        var second = Tokenizer.Tokenize(text);
        first.Clear();
        second[0] = "changed";

        Assert.Equal(["who", "dredged", "the", "harbour", "in", "march"], Tokenizer.Tokenize(text));
    }
}
