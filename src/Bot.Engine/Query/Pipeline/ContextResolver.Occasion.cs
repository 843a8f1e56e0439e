using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "The mayor flew to the harbour the next day." then "what did she say there?": what was said on the occasion just
/// shown is told right after it, in the speaker's own quoted words, before the paragraph moves on.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words that place a question on the occasion the last answer showed.</summary>
    private static readonly HashSet<string> OccasionWords = new(StringComparer.Ordinal) { "there", "then" };

    /// <summary>The first of the ids that is an actor. A loop: a lambda over the index would be made for every reading of every question.</summary>
    private static string? FirstActor(IReadOnlyList<string> ids, KnowledgeIndex index)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (index.Find(id)?.IsActor == true)
                return id;
        }
        return null;
    }

    /// <summary>
    /// The question asked of the sentence, from the one shown to a few after it in its paragraph, that quotes the
    /// speaker asked about and names them; null when the question asks no speech on that occasion or none is quoted.
    /// </summary>
    private static ParsedQuestion? SaidOnOccasion(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.SpeakerSaid || q.Date is not null || q.Quoted is not null || LastRead(state, index) is not { } shown
            || !q.Tokens.AnyIn(OccasionWords) || FirstActor(q.Entities, index) is not { } speaker)
            return null;
        for (var offset = 0; offset <= RankingPolicy.OccasionSentences; offset++)
        {
            if (index.Beside(shown, offset) is not { } next || !next.SameParagraphAs(shown))
                return null;
            if (next.Mentioned.Contains(speaker) && Quotes(next.Sentence.Text))
                return q with { ContextSentence = next };
        }
        return null;
    }

    private static bool Quotes(string text) => text.Contains('“') || text.Contains('"');
}
