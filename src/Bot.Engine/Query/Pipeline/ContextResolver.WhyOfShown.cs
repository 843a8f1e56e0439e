using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Who held the crowd back?" answered by a sentence that names no one the article knows, then "why?": with no one
/// spoken of and no fact told, the reason asked is that of the sentence just read, not a question with nothing to point at.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// A bare "why?" asked in the shown sentence's own words, so that the explanation of it, or the sentence with what
    /// follows it, answers; null when the question says anything of its own or the conversation gives it a subject.
    /// </summary>
    private static ParsedQuestion? WhyOfShown(ParsedQuestion q, ConversationState state)
    {
        if (q.Intent is not Intent.Why || q.Residual.Count > 0 || q.Mentions.Count > 0 || q.Date is not null
            || state.LastEntities.Count > 0 || state.LastFact is not null || state.LastSentence is not { } shown)
            return null;
        return q with { Residual = [.. Words.ContentStems(shown.Sentence.Text).Distinct()] };
    }
}
