namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Kovač is connected how with this scheme?", "what is the relation of Lind with the university?" with no annotated
/// relation: the sentence naming both sides ties them, else the sentence naming the one side nearest to where the article
/// names the other (or says the question's other words): news writing tells what ties two things next to each other
/// ("Many alleged members are linked to Kovač", just after the sentence on the scheme).
/// </summary>
internal static class TyingSentences
{
    /// <summary>How many sentences apart the two sides may be told and still be read as tied.</summary>
    private const int MostApart = 3;

    /// <summary>How many paragraphs apart they may be: a paragraph goes on from the one before, not from further back.</summary>
    private const int MostParagraphsApart = 1;

    public static IndexedSentence? Best(Turn t, IReadOnlyList<string> sides)
    {
        // "connected", "link": the question's frame, which the article need not say ("are linked to", "sponsors").
        var asked = t.Q.Residual.Where(w => !Vocabulary.TyingWords.Contains(w)).ToList();
        var plain = t.With(t.Q with { Entities = [.. sides], Residual = asked });
        if (Ranker.BestSentence(plain, minimumCover: 0) is { } saying)
            return saying;
        if (sides.Count >= 2 && Ranker.BestSentence(plain.With(plain.Q with { Residual = [] })) is { } naming)
            return naming;
        return Nearest(t, sides, asked);
    }

    /// <summary>
    /// The sentence naming the first side that is nearest one naming the other side, or, with one side, nearest one
    /// saying most of the words asked.
    /// </summary>
    private static IndexedSentence? Nearest(Turn t, IReadOnlyList<string> sides, List<string> asked)
    {
        var sentences = t.Index.Sentences;
        var weights = asked.Select(t.Index.Idf).ToList();
        double Other(IndexedSentence s) => sides.Count >= 2
            ? (s.Mentioned.Contains(sides[1]) ? 1 : 0)
            : asked.Select((w, i) => t.Covers(s.Stems, w) ? weights[i] : 0).Sum();
        if (sides.Count == 0 || (sides.Count == 1 && asked.Count == 0))
            return null;
        IndexedSentence? best = null;
        (double Said, int Apart) bestFit = (0, int.MaxValue);
        for (var i = 0; i < sentences.Count; i++)
        {
            var one = sentences[i];
            if (!one.Mentioned.Contains(sides[0]))
                continue;
            for (var j = Math.Max(0, i - MostApart); j <= Math.Min(sentences.Count - 1, i + MostApart); j++)
            {
                var other = sentences[j];
                if (j == i || !ReferenceEquals(other.Article, one.Article) || Math.Abs(other.Sentence.Paragraph - one.Sentence.Paragraph) > MostParagraphsApart)
                    continue;
                var said = Other(other);
                if (said > bestFit.Said || (said > 0 && said == bestFit.Said && Math.Abs(j - i) < bestFit.Apart))
                    (best, bestFit) = (one, (said, Math.Abs(j - i)));
            }
        }
        return best;
    }

    /// <summary>
    /// "How does the author connect the damage to the grid with people leaving?": news writing ties one thing to another
    /// over a few sentences ("The storm destroyed the grid. ... The result will be families heading for the coast."). The sentence
    /// found, with those of its paragraph up to the nearest one before or after it that says a word of the question it
    /// leaves unsaid, in reading order.
    /// </summary>
    public static List<IndexedSentence> Chain(Turn t, IndexedSentence found)
    {
        var asked = t.Q.Residual.Where(w => !Vocabulary.TyingWords.Contains(w)).ToList();
        var unsaid = asked.Where(w => !t.Covers(found.Stems, w)).ToList();
        var before = unsaid.Count == 0 ? [] : Reach(t, found, unsaid, -1);
        var after = unsaid.Count == 0 ? [] : Reach(t, found, unsaid, 1);
        before.Reverse();
        return [.. before, found, .. after];
    }

    /// <summary>The sentences from the found one's neighbour up to the nearest, in one direction, saying a word left unsaid (none if no such).</summary>
    private static List<IndexedSentence> Reach(Turn t, IndexedSentence found, List<string> unsaid, int step)
    {
        var reached = new List<IndexedSentence>();
        for (var d = 1; d <= MostApart; d++)
        {
            if (t.Index.Beside(found, d * step) is not { } next || next.Sentence.Paragraph != found.Sentence.Paragraph)
                break;
            reached.Add(next);
            if (unsaid.Any(w => t.Covers(next.Stems, w)))
                return reached;
        }
        return [];
    }

    /// <summary>The sentences tying the two sides, quoted together as one passage.</summary>
    public static Reply FromChain(Turn t, List<IndexedSentence> chain)
    {
        if (chain.Count == 1)
            return Replies.FromSentence(t, chain[0]);
        var answer = new AnswerBuilder();
        answer.Add($"The article says: \"{string.Join(" ", chain.Select(s => s.Sentence.Text))}\"");
        foreach (var sentence in chain)
            answer.Cite(Replies.Evidence(sentence));
        if (t.Q.Entities.FirstOrDefault() is { } id)
            Suggestions.About(t, answer, id);
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }
}
