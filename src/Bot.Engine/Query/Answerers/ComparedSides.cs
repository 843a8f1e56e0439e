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
        if (q.Intent is not Pipeline.Intent.Compare || Split(q) is not var (firstFrom, firstTo, secondFrom) || firstTo <= firstFrom)
            return null;
        var bySize = ChoosesBySize(q);
        var first = Side(q, firstFrom, firstTo);
        var second = Side(q, secondFrom, q.Tokens.Count);
        // "Ruritanian vs Bordurian response to the plan": a side named alone is compared on the other's words.
        if (first.Words.Count == 0)
            first = first with { Words = second.Words };
        if (second.Words.Count == 0)
            second = second with { Words = first.Words };
        if (first.Words.Count == 0 || (first.Entities.Count == 0 && second.Entities.Count == 0))
            return null;
        // "the mill's output today compared with its peak": a side naming no one is the other side's, at another time. Not in a
        // choice between two things ("the league's fund or the bank's loan?"), each of which is one of its own.
        if (second.Entities.Count == 0 && !bySize)
            second = second with { Entities = first.Entities };
        if (first.Entities.Count == 0 && !bySize)
            first = first with { Entities = second.Entities };
        if (Find(t, first, bySize) is not { } one || Find(t, second, bySize) is not { } other)
            return null;
        var answer = new AnswerBuilder();
        answer.Add(one.Sentence.Text, Replies.Evidence(one));
        if (other != one)
            answer.Add(other.Sentence.Text, Replies.Evidence(other));
        return Replies.Answered(answer);
    }

    /// <summary>
    /// "which is bigger, the league's fund or the bank's loan?": a choice by size between two things asks the amount of
    /// each, so one sentence giving one of them answers only half of it.
    /// </summary>
    public static bool ChoosesBySize(Pipeline.ParsedQuestion q) =>
        q.Intent is Pipeline.Intent.Compare && q.Tokens.Count > 0 && q.Tokens[0] is "which" or "what" or "who" or "whose" && SizeChoiceAt(q) is not null;

    /// <summary>The comparative of a choice by size and the "or" after it, if the question is one.</summary>
    private static (int Comparative, int Or)? SizeChoiceAt(Pipeline.ParsedQuestion q)
    {
        var comparative = Enumerable.Range(0, q.Tokens.Count).FirstOrDefault(i => Vocabulary.SizeComparatives.Contains(q.Tokens[i]), -1);
        var or = comparative < 0 ? -1 : Enumerable.Range(comparative + 1, q.Tokens.Count - comparative - 1).FirstOrDefault(i => q.Tokens[i] == "or", -1);
        return or > comparative + 1 && or < q.Tokens.Count - 1 ? (comparative, or) : null;
    }

    /// <summary>
    /// The first side's tokens (from, to) and where the second starts: after a comparing word ("A vs B"), else at the "or"
    /// of a choice by size, after the comparative and the measure it compares ("which is more costly, A or B?").
    /// </summary>
    private static (int FirstFrom, int FirstTo, int SecondFrom)? Split(Pipeline.ParsedQuestion q)
    {
        if (ComparingAt(q) is var at and > 0)
            return (0, at, at + 1 < q.Tokens.Count && q.Tokens[at + 1] is "with" or "to" ? at + 2 : at + 1);
        if (!ChoosesBySize(q) || SizeChoiceAt(q) is not var (comparative, or))
            return null;
        var measured = q.Tokens[comparative] is "more" or "less" && comparative + 2 < or ? comparative + 2 : comparative + 1;
        return (measured, or, or + 1);
    }

    /// <summary>Where a word setting the sides against each other stands between them, or 0.</summary>
    private static int ComparingAt(Pipeline.ParsedQuestion q) =>
        Enumerable.Range(1, Math.Max(0, q.Tokens.Count - 2)).FirstOrDefault(i => Comparing.Contains(q.Tokens[i]));

    /// <summary>
    /// "Ruritanian vs Bordurian response to the Vell plan": the sides are the first of the given actors named on either
    /// side of the comparing word, not the first and last named, one of which is what they are compared on.
    /// </summary>
    public static List<string>? AroundComparingWord(Pipeline.ParsedQuestion q, List<string> actors)
    {
        var at = ComparingAt(q);
        if (at == 0)
            return null;
        var before = q.Mentions.Where(m => m.Start < at).OrderBy(m => m.Start).SelectMany(m => m.Candidates).FirstOrDefault(actors.Contains);
        var after = q.Mentions.Where(m => m.Start > at).OrderBy(m => m.Start).SelectMany(m => m.Candidates).FirstOrDefault(actors.Contains);
        return before is not null && after is not null && before != after ? [before, after] : null;
    }

    /// <summary>
    /// "How do Vell and Ardun differ on the Bordurian plan?": the first actor named and one joined to it by "and" are the
    /// sides; a third name is what they are compared on, even when it is named last. A pair joined later ("X's balancing
    /// between Vell and Ardun") is what the first is compared on.
    /// </summary>
    public static List<string>? Conjoined(Pipeline.ParsedQuestion q, List<string> actors)
    {
        var mentions = q.Mentions.Where(m => m.Candidates.Any(actors.Contains)).OrderBy(m => m.Start).ToList();
        if (mentions.Count < 2)
            return null;
        var (one, other) = (mentions[0], mentions[1]);
        var between = one.Start + one.Length;
        return other.Start == between + 1 && q.Tokens[between] is "and" or "&"
            && one.Candidates.First(actors.Contains) is var a && other.Candidates.First(actors.Contains) is var b && a != b ? [a, b] : null;
    }

    /// <summary>
    /// "How do Vell and Ardun differ on the Bordurian plan?": a name said only as the qualifier of a word of the question
    /// stands for that word's owner, and the article goes on to call it "the plan"; the word, not the name, is the topic.
    /// </summary>
    public static bool OnlyQualifies(Pipeline.ParsedQuestion q, string entity) =>
        q.Mentions.Where(m => m.Candidates.Contains(entity)).ToList() is { Count: > 0 } mentions
        && mentions.All(m => m.Start + m.Length < q.Tokens.Count && q.Residual.Contains(Text.Stemmer.Stem(q.Tokens[m.Start + m.Length])));

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
    private static IndexedSentence? Find(Turn t, Half side, bool bySize)
    {
        var asked = t.With(t.Q with { Entities = side.Entities, Residual = side.Words });
        bool Gives(IndexedSentence s) => !(t.Q.AsksAmount || bySize) || AmountCheck.HoldsAmount(s.Sentence.Text);
        return Ranker.BestSentence(asked, RankingPolicy.EnoughWords, Gives)
            ?? Ranker.BestSentence(asked with { Loose = true }, RankingPolicy.EnoughWords, Gives)
            ?? Ranker.BestSentence(asked, RankingPolicy.EnoughWords, Gives, namedEarlier: true)
            ?? Ranker.BestSentence(asked with { Loose = true }, RankingPolicy.EnoughWords, Gives, namedEarlier: true)
            // "which is bigger, the league's fund or Ardun's loan?" of "Ardun voted to borrow 9bn": a side with a name of its
            // own is the figure given of that name, in whatever words.
            ?? (bySize && side.Entities.Count > 0 ? Ranker.BestSentence(t.With(t.Q with { Entities = side.Entities, Residual = [] }), 0, Gives) : null);
    }
}
