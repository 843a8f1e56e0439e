using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Ruritania's view on the treaty." then "And Borduria's counter-position?": a stance asked of someone, with nothing
/// said of what about, is their stance on what the conversation was just about.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The reading that takes the last question's topic (its things named other than whose view it asked, and its words
    /// when it too asked a view), or null when the question names a topic of its own or there is none to take. The plain
    /// reading stays as a fallback: the new holder may have no view of that topic.
    /// </summary>
    private static ParsedQuestion? OnLastTopic(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.Position || q.Entities.Count == 0 || q.Date is not null || q.Quoted is not null)
            return null;
        return OnLastTopicOfActors(q, state, index);
    }

    /// <summary>The rest of <see cref="OnLastTopic"/>, apart so that its lambdas are made only for questions of a position.</summary>
    private static ParsedQuestion? OnLastTopicOfActors(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (!q.Entities.All(id => index.Find(id)?.IsActor == true) || q.Entities.Any(state.LastEntities.Contains))
            return null;
        if (!q.Residual.AllIn(Vocabulary.OpinionStems))
            return null;
        var holder = state.LastEntities.FirstOrDefault(id => index.Find(id)?.IsActor == true);
        List<string> topic = [.. state.LastEntities.Where(id => id != holder && index.Find(id)?.IsPerson != true)];
        IReadOnlyList<string> words = state.LastIntent is Intent.Position ? [.. state.LastResidual.Where(w => !Vocabulary.OpinionStems.Contains(w))] : [];
        return topic.Count == 0 && words.Count == 0 ? null : q with { Entities = [.. q.Entities, .. topic], Residual = words };
    }
}
