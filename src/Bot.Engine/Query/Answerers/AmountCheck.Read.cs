using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Russia uses a shadow fleet of 400 to 1,000 tankers." then "how many ships is that?"; "Iran agreed to send drones."
/// then "how many could they send in total?": a count asked of what was just read, pointing back at it, is the amount
/// that sentence or the next ones of its paragraph give, in whatever word they count it.
/// </summary>
internal static partial class AmountCheck
{
    /// <summary>Words by which a count points back at what was just read ("how many is that?", "how many did they get?").</summary>
    private static readonly HashSet<string> PointingBack = new(StringComparer.Ordinal) { "that", "this", "it", "they", "them", "those", "these" };

    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "are", "was", "were", "s" };

    /// <summary>
    /// The reply from the sentence last read, or one just after it in its paragraph, that gives an amount, the one saying
    /// most of the question's words (the first of those tied); null when the question does not point back at it or asks
    /// yes or no. A thing the question counts by name is looked for wherever the article counts it ("how many observers did
    /// they send?"), unless the question says it is what was read ("how many ships is that?"); no count is a share or a length of time.
    /// </summary>
    public static Reply? OfWhatWasRead(Turn t)
    {
        var q = t.Q;
        // "and how many could they send overall?", "force size?": a count that goes on from the last question, or a fragment
        // of it, is of what was read too, though nothing in it points back.
        // Such a count asks another amount than the one just read ("how many died?" then "and how many are missing?"): it
        // is looked for after that sentence, not in it.
        var pointsBack = q.Tokens.AnyIn(PointingBack);
        if (q.Intent is Intent.YesNo || !q.AsksAmount || !(pointsBack || ReadOn.Continues(q) || q.Tokens.Count <= ReadOn.MaxFragmentWords) || (Counted(q) is not null && !EquatesWithRead(q.Tokens)))
            return null;
        IndexedSentence? best = null;
        var bestWords = -1;
        foreach (var sentence in Ranker.FromLastRead(t).Skip(pointsBack ? 0 : 1))
        {
            if (!AmountsOf(sentence).HoldsAmount || (AsksMoney(q) && !Money().IsMatch(sentence.Sentence.Text)) || GivesOtherMeasure(q.Tokens, sentence.Sentence.Text))
                continue;
            var words = q.Residual.Count(w => t.Index.Covers(sentence.Stems, w));
            if (words > bestWords)
                (best, bestWords) = (sentence, words);
        }
        return best is null ? null : Replies.FromSentence(t, best);
    }

    /// <summary>"... is that", "... were they": the pointing word is what the count is of.</summary>
    private static bool EquatesWithRead(IReadOnlyList<string> tokens) =>
        Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => Copulas.Contains(tokens[i - 1]) && PointingBack.Contains(tokens[i]));
}
