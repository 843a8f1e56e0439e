namespace Bot.Engine.Query.Answerers;

/// <summary>Claims that give a thing its place in an order ("its fourth year"), checked against the place the text gives it.</summary>
internal static partial class ClaimChecks
{
    /// <summary>How many words after an ordinal may name what it orders ("the second major strike", "a fifth year").</summary>
    private const int OrderedThingReach = 2;

    /// <summary>
    /// "is the blockade in its fourth year?" of "the blockade is entering a fifth year": the text gives the thing the claim
    /// orders another ordinal, and not the claim's.
    /// </summary>
    public static bool OtherOrdinal(Turn t, string text)
    {
        var claim = t.Q.Tokens;
        var asked = new List<int>();
        for (var i = 0; i < claim.Count; i++)
        {
            if (Vocabulary.Ordinals.Contains(claim[i]))
                asked.Add(i);
        }
        if (asked.Count == 0)
            return false;
        var tokens = Text.Tokenizer.Tokens(text);
        foreach (var at in asked)
        {
            var things = Things(claim, at);
            var given = Enumerable.Range(0, tokens.Count)
                .Where(i => Vocabulary.Ordinals.Contains(tokens[i]) && Things(tokens, i).Overlaps(things)).Select(i => tokens[i]).ToList();
            if (given.Count > 0 && !given.Contains(claim[at]))
                return true;
        }
        return false;
    }

    /// <summary>The stems of the words right after an ordinal, but words that only join them to it: what it orders ("year", "time").</summary>
    private static HashSet<string> Things(IReadOnlyList<string> tokens, int ordinal) =>
        tokens.Skip(ordinal + 1).Take(OrderedThingReach).Where(w => !OrderFillers.Contains(w)).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words between an ordinal and what it orders, or after it, that order nothing themselves.</summary>
    private static readonly HashSet<string> OrderFillers = new(StringComparer.Ordinal) { "the", "a", "an", "of", "and", "in", "on", "such", "its", "their", "his", "her" };
}
