namespace Bot.Engine.Query.Pipeline;

internal static partial class RefusalPolicy
{
    /// <summary>
    /// "who originally ran it?", "what is it normally used for?": an adverb of manner or time says how the asked thing
    /// stood, never what it is; an article that never uses the adverb may still say the rest. A yes/no claim keeps its
    /// adverbs ("did he publicly endorse it?"), which it asserts.
    /// </summary>
    private static ParsedQuestion WithoutMannerAdverbs(ParsedQuestion q)
    {
        HashSet<string>? aside = null;
        if (q.Intent is not Intent.YesNo)
        {
            foreach (var word in q.Foreign)
            {
                if (IsMannerAdverb(word))
                    (aside ??= new(StringComparer.Ordinal)).Add(word);
            }
        }
        return aside is null ? q : Without(q, aside);
    }

    /// <summary>"normally", "originally", "gradually": an adverb formed from an adjective, not a noun that happens to end in "ly" ("family", "assembly").</summary>
    internal static bool IsMannerAdverb(string word) =>
        word.Length >= MinAdverbLength && HasAdverbEnding(word) && !Vocabulary.AttributeWords.Contains(word);

    private static bool HasAdverbEnding(string word)
    {
        foreach (var ending in AdverbEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>Shorter words ending in "ly" are mostly nouns and names ("family", "Italy", "ally").</summary>
    private const int MinAdverbLength = 7;

    private static readonly string[] AdverbEndings = ["ally", "ely", "ily", "tly", "sly", "dly", "nly", "rly", "fully", "ably", "ibly", "ously", "ively", "ingly", "edly"];
}
