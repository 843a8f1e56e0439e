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
        // A token is never longer than the text; it is built in place, as this runs on every question and answer.
        Span<char> word = text.Length <= MaxStackWord ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word[length++] = lowercase ? char.ToLowerInvariant(c) : c;
                continue;
            }
            if (c is '\'' or '\u2019' && length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "Anna's" / "Anna's," : a possessive ends the word; otherwise the apostrophe is inner.
                var isPossessive = (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));
                if (isPossessive)
                    i++;
                continue;
            }
            Flush(word, ref length, tokens);
        }
        Flush(word, ref length, tokens);
        return tokens;
    }

    private const int MaxStackWord = 512;

    private static void Flush(Span<char> word, ref int length, List<string> tokens)
    {
        if (length == 0)
            return;
        tokens.Add(new string(word[..length]));
        length = 0;
    }
}
