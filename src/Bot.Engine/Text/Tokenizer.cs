using System.Runtime.InteropServices;

namespace Bot.Engine.Text;

/// <summary>
/// Splits text into lowercase word tokens. Possessive 's is dropped and inner apostrophes are removed ("O'Neil" → "oneil");
/// hyphens separate words ("well-known" → two tokens). <see cref="TokenizeWithWholes"/> also gives each hyphenated word
/// whole, before its parts ("co-ordinated" → "coordinated", "co", "ordinated"): the articles are read that way, so a
/// question's "coordinated" or "ceasefire" meets their "co-ordinated" or "cease-fire", while names and claims still find a part.
/// </summary>
public static class Tokenizer
{
    /// <summary>
    /// Texts whose tokens are remembered, and the longest: answering reads the same sentences and facts again for
    /// question after question, while a user's one-off question is never kept (see <see cref="TextMemo{TValue}"/>).
    /// </summary>
    private const int MaxRemembered = TextMemo.WorkingSet;
    private const int MaxRememberedLength = 1000;

    private static readonly TextMemo<string[]> Lowercased = new(MaxRemembered, MaxRememberedLength);
    private static readonly TextMemo<string[]> CaseKept = new(MaxRemembered, MaxRememberedLength);
    private static readonly TextMemo<string[]> Wholes = new(MaxRemembered, MaxRememberedLength);

    /// <summary>The tokens, in a list of the caller's own to change.</summary>
    public static List<string> Tokenize(string text, bool lowercase = true) => [.. Tokens(text, lowercase)];

    /// <summary>
    /// The tokens, to read only: the remembered ones themselves, shared by every caller. Most callers only read them,
    /// and a copy for each would be made for every sentence and fact checked.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string text, bool lowercase = true) =>
        (lowercase ? Lowercased : CaseKept).GetOrAdd(text, static (t, lower) => Split(t, lower, wholes: false), lowercase);

    /// <summary>The lowercase tokens, each hyphenated word as a whole and then its parts.</summary>
    public static List<string> TokenizeWithWholes(string text) =>
        [.. Wholes.GetOrAdd(text, static (t, _) => Split(t, lowercase: true, wholes: true), false)];

    /// <summary>Where tokens are gathered before they are counted: one list a thread, as this runs for every text read.</summary>
    [ThreadStatic]
    private static List<string>? _gathered;

    private static string[] Split(string text, bool lowercase, bool wholes)
    {
        var tokens = _gathered ??= [];
        tokens.Clear();
        // A token is never longer than the text; it is built in place.
        Span<char> word = text.Length <= MaxStackWord ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        // Where the hyphenated word being read began among the tokens, if one is.
        var compound = -1;
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
            // Only a hyphen between letters joins: "28-point" and "2024-25" stay apart.
            var joins = wholes && c is ('-' or '\u2010' or '\u2011') && length > 0 && char.IsLetter(word[length - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (joins && compound < 0)
                compound = tokens.Count;
            Flush(word, ref length, tokens);
            if (!joins)
                Join(tokens, ref compound);
            // "54%" says "54 percent": a question's "percent" meets it.
            if (c == '%')
                tokens.Add("percent");
        }
        Flush(word, ref length, tokens);
        Join(tokens, ref compound);
        var split = tokens.ToArray();
        // A very long text leaves no large list behind on the thread.
        if (tokens.Capacity > MaxKeptTokens)
            _gathered = null;
        return split;
    }

    private const int MaxStackWord = 512;
    private const int MaxKeptTokens = 1024;

    /// <summary>
    /// Puts the whole of the hyphenated word whose parts end the tokens before them: a prefix that reverses its word
    /// ("non-violent") is then read against that word alone, never against the whole a claim may use ("nonviolent").
    /// </summary>
    private static void Join(List<string> tokens, ref int compound)
    {
        if (compound < 0)
            return;
        if (tokens.Count - compound > 1)
            tokens.Insert(compound, string.Concat(CollectionsMarshal.AsSpan(tokens)[compound..]));
        compound = -1;
    }

    private static void Flush(Span<char> word, ref int length, List<string> tokens)
    {
        if (length == 0)
            return;
        tokens.Add(new string(word[..length]));
        length = 0;
    }
}
