using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "How did outsiders see the accord?" then "And Venn?": the last question's holder of the view was given in words, not
/// named, so the one named now takes the place of those words, and the view asked is Venn's of the accord, not Venn's
/// of outsiders.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Intents asking someone's view or words, where "and X?" puts X in the holder's place.</summary>
    private static readonly HashSet<Intent> AsksHoldersView = [Intent.Position, Intent.SpeakerSaid];

    /// <summary>
    /// The reading that drops the last question's words, or null unless the question is a bare "and X?" naming actors
    /// only, after a view asked of a thing named (kept) with no actor named as its holder. The plain reading stays as
    /// the fallback: the words may have been part of the topic.
    /// </summary>
    private static ParsedQuestion? InPlaceOfWordedHolder(ParsedQuestion asked, ParsedQuestion reading, ConversationState state, KnowledgeIndex index)
    {
        if (!reading.FollowUp || !AsksHoldersView.Contains(reading.Intent) || asked.Residual.Count > 0 || state.LastResidual.Count == 0
            || asked.Mentions.Count == 0 || asked.Mentions.Any(m => m.Pronoun is not null)
            || !asked.Mentions.SelectMany(m => m.Candidates).All(id => index.Find(id)?.IsActor == true)
            || state.LastEntities.Count == 0 || state.LastEntities.Any(id => index.Find(id)?.IsActor != false))
            return null;
        return reading with { Residual = [] };
    }
}
