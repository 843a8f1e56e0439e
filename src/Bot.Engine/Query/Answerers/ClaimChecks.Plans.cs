namespace Bot.Engine.Query.Answerers;

/// <summary>Checks of a claim against a plan the text tells of: one that fell through, or one the claim says was kept.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Whether the text tells what the claim says happened as a plan of the past that was not kept: in the past perfect
    /// ("had been meant to fly", "had planned to meet", "had been due to sign") or as what was supposed to be ("was
    /// supposed to open"). News writes so of what did not come about, where a plan told now ("plans to meet") leaves it open.
    /// </summary>
    public static bool PlanFellThrough(Turn t, IReadOnlyList<string> stems)
    {
        return Unrealised(t, stems) && (Enumerable.Range(0, stems.Count).Any(i => Vocabulary.Unrealised.Contains(stems[i]) && PastPlan(stems, i)) || Dashed(stems));
    }

    /// <summary>
    /// "X claimed to have taken the town, only for Y to walk through it": what "only for ... to" or "only to" tells after a
    /// claim or hope is what became of it instead ("aimed not only to" is no such turn).
    /// </summary>
    private static bool Dashed(IReadOnlyList<string> stems) => Enumerable.Range(1, Math.Max(0, stems.Count - 2)).Any(i => stems[i] == OnlyStem && stems[i - 1] != "not"
        && (stems[i + 1] == "to" || (stems[i + 1] == "for" && stems.Skip(i + 2).Take(DashedReach).Contains("to"))));

    private static readonly string OnlyStem = Text.Stemmer.Stem("only");

    /// <summary>How many words may name who turned it before the "to" of "only for Y to".</summary>
    private const int DashedReach = 6;

    /// <summary>"had [been] meant", "had planned", "was supposed", "were due": a plan word told as what was to be before now.</summary>
    private static bool PastPlan(IReadOnlyList<string> stems, int i) =>
        stems.Skip(Math.Max(0, i - PerfectReach)).Take(Math.Min(i, PerfectReach)).Contains(HadStem)
        || (i > 0 && stems[i] == SupposedStem && PastBe.Contains(stems[i - 1]));

    /// <summary>
    /// The stems of the claim's words but those saying it went as intended ("as planned", "as expected"): "met as planned?"
    /// claims the meeting happened, and speaks of a plan only to say it was kept.
    /// </summary>
    private static IEnumerable<string> ClaimStemsBesideCourse(IReadOnlyList<string> tokens) =>
        tokens.Where((_, i) => i == 0 || tokens[i - 1] != "as").Select(Text.Stemmer.Stem);

    private static readonly string HadStem = Text.Stemmer.Stem("had");
    private static readonly string SupposedStem = Text.Stemmer.Stem("supposed");
    private static readonly HashSet<string> PastBe = Vocabulary.Stems("was", "were");

    /// <summary>How many words before a plan word "had" may stand ("had been meant to").</summary>
    private const int PerfectReach = 2;
}
