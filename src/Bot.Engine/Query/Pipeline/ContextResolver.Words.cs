using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "What is the harbour levy?" then "when does it start?": the last question named nothing "it" could stand for, so "it"
/// is what that question asked about in words, not some country or body named earlier in the chat.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Intents about the article itself or the conversation, where "it" is never the last question's words.</summary>
    private static readonly HashSet<Intent> OfTheArticle = [Intent.About, Intent.Author, Intent.Sections, Intent.Source, Intent.Help, Intent.More, Intent.Captions];

    /// <summary>
    /// The reading with the last question's words in place of whatever "it" was bound to, or null when the question
    /// has no "it", the last question named a thing "it" can stand for, or asked in no words of its own. When the last
    /// question asked for a kind of body or state ("which company was the top supplier?"), "it" is the one the answer named, as a
    /// pronoun stands for the nearest referent. The other readings
    /// stay as fallbacks: the words may be found nowhere together with what is asked now.
    /// </summary>
    private static ParsedQuestion? OnLastWords(ParsedQuestion asked, ParsedQuestion reading, ConversationState state, KnowledgeIndex index)
    {
        if (!asked.Mentions.Any(m => m.Pronoun is "thing") || state.LastResidual.Count == 0 || OfTheArticle.Contains(reading.Intent)
            || reading.ContextSentence is not null || state.LastEntities.Any(id => index.Find(id)?.FitsPronoun("thing") == true)
            || state.LastResidual.Any(Answerers.AnswerChecks.IsBodyOrStateKind))
            return null;
        // Whom the question names or calls "he" or "she" stays; only what "it" was bound to gives way.
        var kept = reading.Entities.Where(id => index.Find(id)?.IsPerson == true || asked.Mentions.Any(m => m.Pronoun is null && m.Candidates.Contains(id)));
        return reading with { Entities = [.. kept], Residual = [.. state.LastResidual.Union(reading.Residual)] };
    }
}
