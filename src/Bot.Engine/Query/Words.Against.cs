using Bot.Engine.Text;

namespace Bot.Engine.Query;

internal static partial class Words
{
    /// <summary>
    /// "defending X against Y", "sanctions against Y": an "against" that names the threat guarded against or the target of
    /// a measure refuses nothing, so it is no negation, nor does one setting a scene or a measure ("against this backdrop",
    /// "fell against the dollar"); "voted against Y", "the war was against Y" still are. Reads words or their stems alike.
    /// </summary>
    public static bool IsGuardAgainst(IReadOnlyList<string> words, int i)
    {
        if (words[i] != "against" && words[i] != AgainstStem)
            return false;
        if (i > 0 && IsIn(TargetStems, words[i - 1]))
            return true;
        var next = i + 1 < words.Count && IsIn(SettingDeterminers, words[i + 1]) ? i + 2 : i + 1;
        if (next < words.Count && IsIn(SettingStems, words[next]))
            return true;
        for (var k = i - 1; k >= 0 && k >= i - GuardReach; k--)
        {
            if (IsIn(GuardStems, words[k]))
                return true;
        }
        return false;
    }

    private static bool IsIn(HashSet<string> stems, string word) => stems.Contains(word) || stems.Contains(Stemmer.Stem(word));

    private static readonly string AgainstStem = Stemmer.Stem("against");

    /// <summary>How many words before "against" a guarding verb may stand ("protecting the small country against").</summary>
    private const int GuardReach = 4;

    /// <summary>Verbs and nouns of guarding, whose object stands between them and "against".</summary>
    private static readonly HashSet<string> GuardStems = Vocabulary.Stems(
        "defend", "defending", "defended", "defence", "defense", "protect", "protecting", "protected", "protection", "guard", "guarding",
        "guarded", "shield", "shielding", "shielded", "safeguard", "safeguarding", "insure", "insurance");

    /// <summary>Nouns after "against" (and a determiner) that set a scene or measure a value, not an opponent.</summary>
    private static readonly HashSet<string> SettingStems = Vocabulary.Stems(
        "backdrop", "background", "odds", "dollar", "euro", "currency", "currencies", "benchmark");

    private static readonly HashSet<string> SettingDeterminers = Vocabulary.Stems("a", "an", "the", "this", "that", "these", "those", "all");

    /// <summary>Nouns of measures taken at a target, right before "against" ("sanctions against Y").</summary>
    private static readonly HashSet<string> TargetStems = Vocabulary.Stems(
        "sanction", "sanctions", "measures", "charges", "crimes", "war", "struggle", "law", "laws", "legislation", "bill", "bills");
}
