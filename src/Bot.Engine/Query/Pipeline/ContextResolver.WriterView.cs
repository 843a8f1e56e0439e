using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "The mayor blames the drought for the shortages." then "does the author buy that?", "is the article convinced by
/// that explanation?": what the writer makes of a claim it reports is told right after it, where the paragraph turns
/// ("But the reservoirs were half full all summer").
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words for whoever wrote the article, or the article itself, as the one holding a view.</summary>
    private static readonly HashSet<string> WriterWords = new(Vocabulary.AuthorWords.Concat(["article", "piece", "correspondent", "reporter"]), StringComparer.Ordinal);

    private static readonly HashSet<string> WriterStems = new(WriterWords.Select(Stemmer.Stem), StringComparer.Ordinal);

    /// <summary>Words asking whether someone takes a claim to be true, or does not.</summary>
    private static readonly HashSet<string> AcceptingStems = Vocabulary.Stems(
        "buy", "believe", "accept", "agree", "convinced", "persuaded", "share", "endorse", "trust", "swallow",
        "doubt", "dispute", "question", "challenge", "reject");

    /// <summary>
    /// The yes/no question asked of the first sentence, among the few after the one read in its paragraph, that turns
    /// on "but", "yet" or "however"; null when the question is not the writer's view of what it points at, names anyone
    /// else, says more than that, or the paragraph never turns.
    /// </summary>
    private static ParsedQuestion? WhatTheWriterMakesOfIt(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.YesNo || q.Date is not null || q.Quoted is not null || !q.Tokens.AnyIn(ClaimPointers)
            || !q.Tokens.AnyIn(WriterWords) || !q.Residual.AnyIn(AcceptingStems)
            || q.Mentions.Any(m => m.Pronoun is not "thing" && !NamesTheWriter(q, m, index)))
            return null;
        var pointedAt = DemonstratedWords(q).ToHashSet(StringComparer.Ordinal);
        if (q.Residual.Count(w => !AcceptingStems.Contains(w) && !pointedAt.Contains(w) && !WriterStems.Contains(w)) > RankingPolicy.OwnWordsAboutShown
            || LastRead(state, index) is not { } shown)
            return null;
        for (var offset = 1; offset <= RankingPolicy.OccasionSentences; offset++)
        {
            if (index.Beside(shown, offset) is not { } next || !next.SameParagraphAs(shown))
                return null;
            if (next.Stems is [var first, ..] && Vocabulary.Contrasts.Contains(first))
                return q with { ContextSentence = next };
        }
        return null;
    }

    /// <summary>"the author", or the writer's own name: the one whose view is asked, not someone else spoken of.</summary>
    private static bool NamesTheWriter(ParsedQuestion q, Mention mention, KnowledgeIndex index) =>
        (mention.Candidates.Count > 0 && mention.Candidates.All(index.IsAuthor))
        || Enumerable.Range(mention.Start, mention.Length).All(i => q.Tokens[i] is "the" or "this" || WriterWords.Contains(q.Tokens[i]));
}
