using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "The council raised the levy to keep the port open." then "did that strategy work?", "did it scare people off?":
/// whether what was just read came off is told right after it, where the paragraph turns to what followed ("But the
/// levy drove the trawlers away").
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The yes/no question asked of the first sentence, among the few after the one read in its paragraph, that tells what
    /// came of it (turning on "but", "however", or saying it "led to" something); null when the question names anyone or
    /// anything, asks no outcome, says more than what it points at, or nothing there tells one.
    /// </summary>
    private static ParsedQuestion? WhatCameOfIt(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.YesNo || q.Entities.Count > 0 || q.Mentions.Any(m => m.Pronoun is not "thing") || q.Date is not null
            || q.Quoted is not null || !q.Tokens.AnyIn(ClaimPointers) || !q.Residual.AnyIn(Vocabulary.Outcomes))
            return null;
        var pointedAt = DemonstratedWords(q).ToHashSet(StringComparer.Ordinal);
        if (q.Residual.Count(w => !Vocabulary.Outcomes.Contains(w) && !pointedAt.Contains(w)) > RankingPolicy.OwnWordsAboutShown
            || LastRead(state, index) is not { } shown)
            return null;
        for (var offset = 1; offset <= RankingPolicy.OccasionSentences; offset++)
        {
            if (index.Beside(shown, offset) is not { } next || !next.SameParagraphAs(shown))
                return null;
            if (TellsWhatCameOfIt(next))
                return q with { ContextSentence = next };
        }
        return null;
    }

    private static bool TellsWhatCameOfIt(IndexedSentence sentence) =>
        (sentence.Stems is [var first, ..] && Vocabulary.Contrasts.Contains(first)) || sentence.Stems.AnyIn(Vocabulary.Results);
}
