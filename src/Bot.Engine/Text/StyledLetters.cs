using System.Text;

namespace Bot.Engine.Text;

/// <summary>
/// Letters and digits typed in a styled form, read as the plain ones they style: fullwidth ("ｗｈｏ", from East Asian
/// keyboards), the mathematical bold, italic and script letters that "fancy text" generators paste ("𝐍𝐚𝐦𝐞"), circled
/// ones ("Ⓐ", "①"), letterlike symbols ("ℕ") and ligatures ("ﬁ"). Other characters, punctuation such as "…" included,
/// stay as typed, so words quoted from an article still match it.
/// </summary>
public static class StyledLetters
{
    /// <summary>The text with each styled letter or digit in its plain form; any other text as it is.</summary>
    public static string ToPlain(string text)
    {
        if (!HasStyled(text))
            return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var length = IsMathematical(text, i) ? 2 : 1;
            var part = text.AsSpan(i, length).ToString();
            sb.Append(length == 2 || IsStyled(text[i]) ? part.Normalize(NormalizationForm.FormKC) : part);
            i += length - 1;
        }
        return sb.ToString();
    }

    private static bool HasStyled(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsStyled(text[i]) || IsMathematical(text, i))
                return true;
        }
        return false;
    }

    /// <summary>Fullwidth forms of ASCII, letterlike symbols, circled letters and digits, Latin ligatures.</summary>
    private static bool IsStyled(char c) => c is >= '\uFF01' and <= '\uFF5E' or >= '\u2100' and <= '\u214F' or >= '\u2460' and <= '\u24E9'
        or >= '\uFB00' and <= '\uFB06';

    /// <summary>A whole surrogate pair in the Mathematical Alphanumeric Symbols block (U+1D400 to U+1D7FF), all behind one high surrogate.</summary>
    private static bool IsMathematical(string text, int at) => text[at] == '\uD835' && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]);
}
