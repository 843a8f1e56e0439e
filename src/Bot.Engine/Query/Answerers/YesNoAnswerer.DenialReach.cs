namespace Bot.Engine.Query.Answerers;

/// <summary>How far a denial of the text reaches beyond the words right after it.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// How far a word of incapacity, doubt or refusal denies the infinitive after it: "unlikely to have the spare men to open a new
    /// front" denies the front as much as the men, up to a preposition that names where or with whom ("... in the west"),
    /// which may be said of another thing. Zero when no infinitive follows.
    /// </summary>
    private static int InfinitiveReach(IReadOnlyList<string> stems, int i)
    {
        if (!Vocabulary.InfinitiveDenialStems.Contains(stems[i]) || i + 1 >= stems.Count || stems[i + 1] != "to")
            return 0;
        var j = i + 1;
        while (j + 1 < stems.Count && !InfinitiveStops.Contains(stems[j + 1]))
            j++;
        return j - i;
    }

    /// <summary>Prepositions that close the infinitive a word of incapacity or doubt denies.</summary>
    private static readonly HashSet<string> InfinitiveStops = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "for", "with", "from", "by", "into", "onto", "under", "after", "before", "during", "through", "across",
        "over", "amid", "despite", "since", "until", "near", "toward", "towards", "while", "as", "because", "if", "and", "or",
    };

    /// <summary>Whether the word at <paramref name="i"/> is a refusal said in the passive: "was ignored", "were largely rejected".</summary>
    private static bool PassiveDenial(IReadOnlyList<string> stems, int i)
    {
        if (stems[i] == "not" || !Vocabulary.NegationStems.Contains(stems[i]))
            return false;
        // A loop rather than a lambda: this runs for every word of every fact a claim is checked against.
        for (var j = Math.Max(0, i - PassiveReach); j < i; j++)
        {
            if (BeStems.Contains(stems[j]))
                return true;
        }
        return false;
    }

    /// <summary>How many words before a refusal its "was" may stand ("was largely ignored").</summary>
    private const int PassiveReach = 2;

    /// <summary>Forms of "be", as stems.</summary>
    private static readonly HashSet<string> BeStems = Vocabulary.Stems("is", "was", "are", "were", "been", "be", "being");
}
