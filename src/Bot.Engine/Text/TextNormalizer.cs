using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bot.Engine.Text;

/// <summary>Cleans text from chats and files before it is matched: invisible characters, typographic quotes, spacing.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Removes zero-width and direction characters, turns control characters into spaces, unifies quotes and dashes,
    /// collapses whitespace.
    /// </summary>
    public static string Clean(string text) =>
        IsClean(text) ? text
        : Collapse(text.AsSpan().ContainsAnyExcept(NeverComposed) ? WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormC) : text, clean: true);

    /// <summary>
    /// ASCII and the invisible marks removed below (zero-width spaces and joiners, direction marks, the byte order mark):
    /// none of them composes with another character, so a text of them alone is composed already and spares the
    /// Unicode normalisation, the costliest step ("who is X" followed by a zero-width space).
    /// </summary>
    private static readonly SearchValues<char> NeverComposed =
        SearchValues.Create(string.Concat(Enumerable.Range(0, 128).Select(c => (char)c)) + "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>
    /// Whether cleaning would leave the text as it is: the answerers clean the article's sentences, cleaned once
    /// already, check after check, and a clean text need not be copied again. Plain ASCII only, which normalisation
    /// never changes; single spaces between words, nothing to unify, no control character.
    /// </summary>
    private static bool IsClean(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
            return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < ' ' or > '~' or '`' || (c == ' ' && text[i - 1] == ' '))
                return false;
        }
        return true;
    }

    /// <summary>Text a client cut through an emoji (or forged) may hold half a surrogate pair, which Unicode normalisation refuses.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                return string.Create(text.Length, text, Replace);
            if (char.IsHighSurrogate(text[i]))
                i++;
        }
        return text;
    }

    private static void Replace(Span<char> span, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            span[i] = char.IsSurrogate(text[i]) && !pair ? '\uFFFD' : text[i];
            if (pair)
                span[++i] = text[i];
        }
    }

    /// <summary>Collapses runs of whitespace to one space, keeping every other character as it is.</summary>
    public static string CollapseWhitespace(string text) => Collapse(text, clean: false);

    private static string Collapse(string text, bool clean)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = clean ? Unify(raw) : raw;
            if (char.IsWhiteSpace(c) || (clean && char.IsControl(c)))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (clean && IsInvisible(c))
                continue;
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static char Unify(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201F' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u00A0' => ' ',
        _ => c,
    };

    /// <summary>Zero-width and direction marks sit inside words, so they vanish; control characters (a bell, a NUL) stand between words and became spaces above.</summary>
    private static bool IsInvisible(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Format or UnicodeCategory.PrivateUse;
    }
}
