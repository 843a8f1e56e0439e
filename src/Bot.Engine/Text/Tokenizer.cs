using System.Text;

namespace Bot.Engine.Text;

/// <summary>
/// Splits text into lowercase word tokens. Possessive 's is dropped and inner apostrophes are
/// removed ("O'Neil" → "oneil"), hyphens separate words ("well-known" → two tokens).
/// </summary>
public static class Tokenizer
{
    public static List<string> Tokenize(string text, bool lowercase = true)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(lowercase ? char.ToLowerInvariant(c) : c);
                continue;
            }
            if (c is '\'' or '\u2019' && sb.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "Anna's" / "Anna's," : a possessive ends the word; otherwise the apostrophe is inner.
                var isPossessive = (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
                if (isPossessive)
                    i++;
                continue;
            }
            Flush(sb, tokens);
        }
        Flush(sb, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder sb, List<string> tokens)
    {
        if (sb.Length == 0)
            return;
        tokens.Add(sb.ToString());
        sb.Clear();
    }
}
