namespace Bot.Engine.Query.Answerers;

/// <summary>Claims that give the deed something was done for ("jailed for insulting the mayor"), checked against the text's.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "was Vasko jailed for insulting the mayor?" of "Vasko, jailed for slapping a guard": the claim gives one deed after
    /// "for", the text another, and says the claim's deed nowhere, not even in a synonym. The text's deed is why it was
    /// done, so the claim's is not.
    /// </summary>
    public static bool OtherReason(Turn t, string text)
    {
        var claimed = ReasonDeeds(t.Q.Tokens);
        if (claimed.Count == 0)
            return false;
        var tokens = Text.Tokenizer.Tokenize(text);
        var said = ReasonDeeds(tokens);
        if (said.Count == 0)
            return false;
        var stems = tokens.Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        return claimed.All(deed => !t.Index.CoversLoosely(stems, deed) && !said.Any(other => t.Index.StandsFor(deed, other) || t.Index.StandsFor(other, deed)));
    }

    /// <summary>The stems of the deeds a text gives after "for" ("for slapping", "for refusing"): words ending in "ing".</summary>
    private static List<string> ReasonDeeds(IReadOnlyList<string> tokens)
    {
        var deeds = new List<string>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1] == "for" && tokens[i].Length > MinGerundLength && tokens[i].EndsWith("ing", StringComparison.Ordinal) && !NotDeeds.Contains(tokens[i]))
                deeds.Add(Text.Stemmer.Stem(tokens[i]));
        }
        return deeds;
    }

    /// <summary>How long a word ending in "ing" must be to be a deed ("for bring" is none; "for lying" is).</summary>
    private const int MinGerundLength = 4;

    /// <summary>Words ending in "ing" after "for" that name a thing or a time, not a deed ("for nothing", "for a morning").</summary>
    private static readonly HashSet<string> NotDeeds = new(StringComparer.Ordinal)
    {
        "nothing", "something", "anything", "everything", "morning", "evening", "spring", "king", "thing", "things",
    };
}
