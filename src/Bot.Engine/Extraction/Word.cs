using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>A word of a sentence with its place in the text; a possessive 's is split off and remembered.</summary>
internal readonly record struct Word(string Text, int Start, int End, bool Possessive)
{
    public string Lower => Text.ToLowerInvariant();

    public bool IsCapitalized => char.IsUpper(Text[0]);

    /// <summary>Where the word ends including its possessive ending.</summary>
    public int FullEnd => End + (Possessive ? 2 : 0);
}

internal static partial class Words
{
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        foreach (Match match in WordPattern().Matches(text))
        {
            var value = match.Value;
            var possessive = value.Length > 2 && value[^1] is 's' && value[^2] is '\'' or '\u2019';
            if (possessive)
                value = value[..^2];
            words.Add(new Word(value, match.Index, match.Index + value.Length, possessive));
        }
        return words;
    }

    /// <summary>True when only spaces stand between two words (no comma, bracket or dash).</summary>
    public static bool Adjacent(string text, Word left, Word right) =>
        !left.Possessive && text.AsSpan(left.End, right.Start - left.End).Trim().IsEmpty;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
