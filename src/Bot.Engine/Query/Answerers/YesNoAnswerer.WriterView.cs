namespace Bot.Engine.Query.Answerers;

/// <summary>"Does the author really think X?": a yes or no asked of the writer's own view.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>How many of the question's words, besides its names, a hedging sentence must say to be about what is asked.</summary>
    private const int MinHedgeWords = 2;

    /// <summary>
    /// A question asking whether the writer thinks something is answered by the writer's own sentence holding back from it
    /// ("one could easily overstate the significance of these agreements"), before any sentence that seems to say it:
    /// the writer neither says yes nor no.
    /// </summary>
    private static Reply WritersView(Turn t, Reply reply)
    {
        if (!AsksWritersView(t.Q) || HedgingSentence(t) is not { } hedge)
            return reply;
        var answer = new AnswerBuilder();
        answer.Add($"Not quite: the author holds back. The article says: \"{hedge.Sentence.Text}\"", Replies.Evidence(hedge));
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>
    /// Whether the question makes the writer its subject ("does the author think", "is the writer really saying"), not
    /// where to look ("according to the author"), and asks with a verb whether they hold it ("think", "believe", "say"):
    /// "author's view: is X so?" asks whether X is so.
    /// </summary>
    private static bool AsksWritersView(Pipeline.ParsedQuestion q)
    {
        var tokens = q.Tokens;
        var writer = Enumerable.Range(0, tokens.Count).Any(i => Vocabulary.AuthorWords.Contains(tokens[i])
            && !(i >= 1 && tokens[i - 1] == "per") && !(i >= 2 && tokens[i - 2] is "to" or "by" or "per"));
        return writer && tokens.Any(Vocabulary.ClaimHoldingVerbs.Contains);
    }

    /// <summary>
    /// A sentence of the article's body quoting no one, the writer's own, holding a hedge (<see cref="Vocabulary.WriterHedges"/>)
    /// that names every other name in the question and says enough of its words, the one saying most.
    /// </summary>
    private static IndexedSentence? HedgingSentence(Turn t)
    {
        var index = t.Index;
        var others = t.Q.Entities.Where(id => !index.IsAuthor(id)).ToList();
        IndexedSentence? best = null;
        var bestWords = MinHedgeWords - 1;
        var hedging = HedgingSentences(index);
        for (var at = 0; at < index.Sentences.Count; at++)
        {
            var sentence = index.Sentences[at];
            if (!sentence.InBody || sentence.Sentence.Text.IndexOfAny(Text.QuotationMarks.Double) >= 0 || !hedging[at])
                continue;
            if (!others.All(sentence.Mentioned.Contains))
                continue;
            var words = t.Q.Residual.Count(w => index.Covers(sentence.Stems, w));
            if (words > bestWords)
                (best, bestWords) = (sentence, words);
        }
        return best;
    }

    /// <summary>Which of an index's sentences hold a hedge, by place: the same for every question, so found once for the index.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeIndex, bool[]> HedgingByIndex = [];

    private static bool[] HedgingSentences(KnowledgeIndex index) =>
        HedgingByIndex.GetValue(index, static i => [.. i.Sentences.Select(s => Hedges(s.Sentence.Text))]);

    private static bool Hedges(string text)
    {
        var words = $" {string.Join(' ', Text.Tokenizer.Tokens(text))} ";
        return Vocabulary.WriterHedges.Any(h => words.Contains($" {h} ", StringComparison.Ordinal));
    }
}
