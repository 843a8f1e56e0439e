using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Ruritania's defence posture: budget?" then "Force size?": a follow-up of a few nouns with no name, pronoun or
/// question word is a heading under the same subject, as in an analyst's notes; it asks about what was last spoken of.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The reading with the subject last spoken of, or null when the question names or points at anyone, opens like a
    /// question of its own ("what is ...", "did ..."), or says too much to be a heading. The plain reading stays as the
    /// fallback: the subject may not be what the words are found under.
    /// </summary>
    private static ParsedQuestion? UnderLastSubject(ParsedQuestion q, ConversationState state)
    {
        if (q.Mentions.Count > 0 || q.Entities.Count > 0 || q.Date is not null || q.Quoted is not null || q.FollowUp
            || q.Residual.Count is 0 or > RankingPolicy.MaxHeadingWords || Vocabulary.Stopwords.Contains(q.Tokens[0])
            || state.Entities.IsEmpty)
            return null;
        return q with { Entities = [state.Entities[0]] };
    }
}
