using System.Collections.Frozen;
using System.Text;

namespace Bot.Engine.Text;

/// <summary>
/// Writes Cyrillic letters in Latin ones, as English news spells names from Cyrillic-writing countries: a user who types a
/// name in its own script ("кто такой Иванов?") means the "Ivanov" the article names. The spelling corrector then
/// meets the small differences between schemes ("Sergeev" for "Sergeyev").
/// </summary>
public static class Transliteration
{
    private static readonly FrozenDictionary<char, string> Latin = new Dictionary<char, string>
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu",
        ['я'] = "ya",
        // Letters of other Cyrillic alphabets (east Slavic, then Turkic).
        ['і'] = "i", ['ї'] = "yi", ['є'] = "ye", ['ґ'] = "g", ['ў'] = "u",
        ['ә'] = "a", ['ғ'] = "gh", ['қ'] = "q", ['ң'] = "ng", ['ө'] = "o", ['ұ'] = "u", ['ү'] = "u", ['һ'] = "h",
    }.ToFrozenDictionary();

    /// <summary>The text with each Cyrillic letter in Latin ones (a capital keeps its capital); any other text as it is.</summary>
    public static string ToLatin(string text)
    {
        if (!HasCyrillic(text))
            return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (!Latin.TryGetValue(lower, out var latin))
                sb.Append(c);
            else if (c != lower && latin.Length > 0)
                sb.Append(char.ToUpperInvariant(latin[0])).Append(latin, 1, latin.Length - 1);
            else
                sb.Append(latin);
        }
        return sb.ToString();
    }

    private static bool HasCyrillic(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0400' and <= '\u04FF')
                return true;
        }
        return false;
    }
}
