using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Most of the council's members care more about money." then "what has happened to that source of income since the
/// war?": a noun after a pointing word that the sentence shown does not use restates what it told, in the user's own
/// words; what is asked of it is told there or just after, before the paragraph moves on.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The question asked of the sentence shown, or of one of the few after it in its paragraph, that holds the rest of
    /// its words (all but the one tying them together), with the restating words gone: they only point. Null when one
    /// names a kind of actor ("that official"), the question asks nothing beside what it points at, or no sentence there
    /// holds what it asks.
    /// </summary>
    private static ParsedQuestion? OfWhatWasRestated(ParsedQuestion q, KnowledgeIndex index, IndexedSentence drawn)
    {
        var restating = RestatingWords(q).ToHashSet(StringComparer.Ordinal);
        if (restating.Select(Text.Stemmer.Stem).Any(EntityKinds.EntityWords.Contains))
            return null;
        // "that source of income" points at what was told; it asks no amount, as "how much of that" does.
        var asked = RefusalPolicy.Without(q, restating) with { AsksAmount = q.AsksAmount && !restating.Any(Vocabulary.AmountAttributes.Contains) };
        if (asked.Residual.Count == 0)
            return null;
        for (var offset = 0; offset <= RankingPolicy.OccasionSentences; offset++)
        {
            if (index.Beside(drawn, offset) is not { } told || !told.SameParagraphAs(drawn))
                return null;
            // "how many projects does that cover?": a sentence naming the projects without a number of them does not count them.
            if (q.Intent is Intent.Count && !Answerers.AmountCheck.CountsWhatIsAsked(index, q, told.Sentence.Text))
                continue;
            var unheld = asked.Residual.Count(w => !Holds(q, index, told, w));
            if (unheld <= RankingPolicy.OwnWordsAboutShown && unheld < asked.Residual.Count)
                return asked with { ContextSentence = told };
        }
        return null;
    }

    /// <summary>The words a pointing word singles out, as typed: "source" and "income" in "that source of income".</summary>
    private static IEnumerable<string> RestatingWords(ParsedQuestion q)
    {
        for (var i = 1; i < q.Tokens.Count; i++)
        {
            if (q.Tokens[i - 1] is not ("that" or "this" or "those" or "these") || Vocabulary.Stopwords.Contains(q.Tokens[i]))
                continue;
            yield return q.Tokens[i];
            if (i + 2 < q.Tokens.Count && q.Tokens[i + 1] is "of" && !Vocabulary.Stopwords.Contains(q.Tokens[i + 2]))
                yield return q.Tokens[i + 2];
        }
    }
}
