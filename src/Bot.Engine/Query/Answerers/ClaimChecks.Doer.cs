using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

internal static partial class ClaimChecks
{
    /// <summary>
    /// "did the border guards stop the barge?" of "Border guards tried to stop the barge": claim words before its deed that
    /// the fact puts before its word of trying or wishing say who tried, not what happened, as a known name's words do.
    /// Only when that word takes the deed as its own infinitive ("tried to stop"): a deed further on may be another
    /// clause's ("the crowd, who wanted change, stormed the jail"), whose doer the claim's words still are.
    /// </summary>
    private static List<int> WithoutDoer(IReadOnlyList<string> tokens, IReadOnlyList<string> stems, List<int> held, HashSet<int> inScope)
    {
        var scoped = held.Where(inScope.Contains).ToList();
        if (scoped.Count == 0 || scoped.Count == held.Count || !AfterInfinitiveOfIntent(stems, scoped.Min()))
            return held;
        var claim = tokens.Select(Stemmer.Stem).ToList();
        var deed = scoped.Select(j => claim.IndexOf(stems[j])).Where(k => k >= 0).DefaultIfEmpty(-1).Min();
        var scopeStart = inScope.Min();
        return [.. held.Where(j => inScope.Contains(j) || j >= scopeStart || claim.IndexOf(stems[j]) is var k && (k < 0 || k >= deed))];
    }

    /// <summary>
    /// Whether the word at <paramref name="j"/> is the verb right after a word of intent and its "to" ("sought to block",
    /// "claimed to have seized"): "closed due to the storm" gives a cause, not an intent, after its "to".
    /// </summary>
    private static bool AfterInfinitiveOfIntent(IReadOnlyList<string> stems, int j)
    {
        var to = j >= 2 && InfinitiveAuxiliaries.Contains(stems[j - 1]) ? j - 2 : j - 1;
        return to >= 1 && stems[to] == "to" && Vocabulary.Unrealised.Contains(stems[to - 1]) && stems[to - 1] != DueStem;
    }

    /// <summary>"due to" gives a cause as often as a schedule ("resigned due to pressure").</summary>
    private static readonly string DueStem = Stemmer.Stem("due");

    /// <summary>Auxiliaries an infinitive's verb may follow ("to have seized", "to be sent").</summary>
    private static readonly HashSet<string> InfinitiveAuxiliaries = Vocabulary.Stems("have", "be");
}
