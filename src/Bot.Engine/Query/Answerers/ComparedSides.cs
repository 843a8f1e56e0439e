namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "how does X's pledge compare with Y's investment?", "A vs B": each side of the comparison is the half of the question on
/// its side of the comparing word, found in the sentence saying its own names and words (with a figure, when amounts are
/// compared). News writing often gives the two sides in different sentences; both found answer, one alone does not.
/// </summary>
internal static class ComparedSides
{
    /// <summary>Words setting one side against the other; "with"/"to" after them belong to neither side.</summary>
    private static readonly HashSet<string> Comparing = new(StringComparer.Ordinal) { "compare", "compared", "compares", "vs", "versus" };

    public static Reply? Answer(Turn t)
    {
        var q = t.Q;
        if (q.Intent is not Pipeline.Intent.Compare)
            return null;
        var at = Enumerable.Range(1, Math.Max(0, q.Tokens.Count - 2)).FirstOrDefault(i => Comparing.Contains(q.Tokens[i]));
        if (at == 0)
            return null;
        var after = at + 1 < q.Tokens.Count && q.Tokens[at + 1] is "with" or "to" ? at + 2 : at + 1;
        var first = Side(q, 0, at);
        var second = Side(q, after, q.Tokens.Count);
        // "Ruritanian vs Bordurian response to the plan": a side named alone is compared on the other's words.
        if (first.Words.Count == 0)
            first = first with { Words = second.Words };
        if (second.Words.Count == 0)
            second = second with { Words = first.Words };
        if (first.Words.Count == 0 || (first.Entities.Count == 0 && second.Entities.Count == 0))
            return null;
        // "Iran's output today compared with its peak": a side naming no one is the other side's, at another time.
        if (second.Entities.Count == 0)
            second = second with { Entities = first.Entities };
        if (first.Entities.Count == 0)
            first = first with { Entities = second.Entities };
        if (Find(t, first) is not { } one || Find(t, second) is not { } other)
            return null;
        var answer = new AnswerBuilder();
        answer.Add(one.Sentence.Text, Replies.Evidence(one));
        if (other != one)
            answer.Add(other.Sentence.Text, Replies.Evidence(other));
        return Replies.Answered(answer);
    }

    private sealed record Half(List<string> Entities, List<string> Words);

    /// <summary>The question's names and words standing between two token positions.</summary>
    private static Half Side(Pipeline.ParsedQuestion q, int from, int to)
    {
        var entities = q.Mentions.Where(m => m.Start >= from && m.Start < to).SelectMany(m => m.Candidates).Where(q.Entities.Contains).Distinct().ToList();
        var stems = q.Tokens.Skip(from).Take(to - from).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        return new Half(entities, [.. q.Residual.Where(stems.Contains)]);
    }

    /// <summary>The sentence saying enough of a side's words of its names, with a figure when an amount is asked.</summary>
    /// <remarks>
    /// In the side's own words, else in general synonyms ("casualties" of "losses"); a sentence naming the side itself before
    /// one going on from a sentence that named it, which may be the other side's.
    /// </remarks>
    private static IndexedSentence? Find(Turn t, Half side)
    {
        var asked = t.With(t.Q with { Entities = side.Entities, Residual = side.Words });
        bool Gives(IndexedSentence s) => !t.Q.AsksAmount || AmountCheck.HoldsAmount(s.Sentence.Text);
        return Ranker.BestSentence(asked, RankingPolicy.EnoughWords, Gives)
            ?? Ranker.BestSentence(asked with { Loose = true }, RankingPolicy.EnoughWords, Gives)
            ?? Ranker.BestSentence(asked, RankingPolicy.EnoughWords, Gives, namedEarlier: true)
            ?? Ranker.BestSentence(asked with { Loose = true }, RankingPolicy.EnoughWords, Gives, namedEarlier: true);
    }
}
