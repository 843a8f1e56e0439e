using Bot.Engine.Model;

namespace Bot.Engine.Query.Answerers;

/// <summary>Claims answered by an explanation: the reason that says the claim, not the belief it explains.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "has X joined the sanctions?" of "the belief that X serves Y is widespread. They point to ... the government's
    /// refusal to impose sanctions": an explanation is found by its reasons' words too, but its claim says nothing of
    /// them. A reason saying what the claim says, of which the belief it explains says nothing, is what is checked and shown,
    /// in its own sentence.
    /// </summary>
    private static IndexedSentence? ReasonSaying(Turn t, IndexedFact fact, IReadOnlyList<string> content)
    {
        if (fact.Fact is not Explanation explanation || explanation.Reasons.Count != fact.ReasonStems.Count)
            return null;
        var words = ClaimWordsBesideNames(t, content);
        int Says(ICollection<string> stems) => words.Count(w => t.Index.CoversLoosely(stems, w));
        // A claim the explained belief says part of ("did X reject it because of Y?"), its negations too, is checked by the whole explanation.
        var belief = fact.TextStems.ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0 || ClaimWordsBesideNames(t, t.Q.Residual).Any(w => t.Index.CoversLoosely(belief, w)))
            return null;
        var best = Enumerable.Range(0, fact.ReasonStems.Count).Select(i => (At: i, Said: Says(fact.ReasonStems[i]))).MaxBy(r => r.Said);
        if (best.Said == 0)
            return null;
        var evidence = explanation.Reasons[best.At].Evidence;
        return t.Index.InParagraph(evidence.Paragraph).FirstOrDefault(s => s.Article.Article.Id == evidence.Article
            && s.Sentence.Text.Contains(evidence.Quote, StringComparison.Ordinal));
    }

    /// <summary>
    /// The claim checked against a reason's sentence, as against any sentence, when that sentence says every word of it;
    /// otherwise the explanation is read as a whole, as any fact is.
    /// </summary>
    private static Reply? ReasonVerdict(Turn t, IndexedSentence sentence, IReadOnlyList<string> content, List<string> asked) =>
        ClaimWordsBesideNames(t, content).All(w => t.Index.CoversLoosely(sentence.Stems, w) || OppositesOutsideClaim(t, w).Any(sentence.Stems.Contains))
            ? SentenceVerdict(t, sentence, asked, byAmounts: false) : null;

    /// <summary>
    /// The claim's words beside the names it gives: an explanation ties its reasons to the names its claim gives ("X's
    /// government" then "the government's refusal"), so what tells a reason from its claim is what is said of them.
    /// </summary>
    private static List<string> ClaimWordsBesideNames(Turn t, IReadOnlyList<string> content)
    {
        var names = t.Q.Entities.SelectMany(e => Ranker.EntityStems(t.Index, e)).Concat(t.Q.ArticleNames).ToHashSet(StringComparer.Ordinal);
        return [.. content.Where(w => !names.Contains(w))];
    }
}
