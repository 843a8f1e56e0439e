using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>Names typed in Cyrillic are read in the Latin letters English news spells them with.</summary>
public sealed class TransliterationTests
{
    [Theory]
    [InlineData("кто такой Иванов?", "kto takoy Ivanov?")]
    [InlineData("who is Щукин", "who is Shchukin")]
    [InlineData("Юлия Жукова", "Yuliya Zhukova")]
    [InlineData("Київ", "Kiyiv")]
    [InlineData("Қасым Әлиев", "Qasym Aliev")]
    [InlineData("объём", "obyom")]
    public void ToLatin_SpellsCyrillicInLatinLetters_KeepingCapitals(string text, string expected) =>
        Assert.Equal(expected, Transliteration.ToLatin(text));

    [Theory]
    [InlineData("who is Ivanov?")]
    [InlineData("沙马诺夫是谁")]
    [InlineData("Ελλάδα 🙂")]
    [InlineData("")]
    public void ToLatin_LeavesText_WhenItHasNoCyrillic(string text) =>
        Assert.Same(text, Transliteration.ToLatin(text));
}
