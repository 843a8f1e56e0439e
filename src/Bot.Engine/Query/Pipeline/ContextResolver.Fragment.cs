using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Kessberg Mills: sanctions status?" then "Response to the Tribune?": a fragment naming someone only after a preposition
/// ("to", "with", "against") asks about the one the chat was about, in their dealings with the one named: whose response
/// it is goes unsaid because it is the last subject's.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Prepositions after which a name is the other party of what the fragment asks about, not its subject.</summary>
    private static readonly HashSet<string> OtherPartyPrepositions = new(StringComparer.Ordinal)
    {
        "to", "with", "toward", "towards", "against", "from", "vis-a-vis",
    };

    /// <summary>Longest fragment read this way: a longer question says whose it means when it means someone.</summary>
    private const int MaxFragmentWords = 5;

    /// <summary>
    /// The reading with the last question's actor as the subject, ahead of the one named, or null when the question is no
    /// such fragment (it opens with a question word or a verb, points with a pronoun, or names someone as its own subject).
    /// </summary>
    private static ParsedQuestion? OfLastSubjectToOther(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.General || q.Tokens.Count > MaxFragmentWords || Opening.Contains(q.Tokens[0])
            || q.Mentions.Count == 0 || !AllNamedAfterPrepositions(q))
            return null;
        return WithLastSubject(q, state, index);
    }

    /// <summary>Whether every mention is a name after one of <see cref="OtherPartyPrepositions"/>. A loop: a lambda over the question would be made for every question.</summary>
    private static bool AllNamedAfterPrepositions(ParsedQuestion q)
    {
        for (var i = 0; i < q.Mentions.Count; i++)
        {
            var m = q.Mentions[i];
            if (m.Pronoun is not null || !AfterPreposition(q, m.Start))
                return false;
        }
        return true;
    }

    /// <summary>The question with the last actor spoken of that it does not name put first; apart so that its lambda is made only when asked.</summary>
    private static ParsedQuestion? WithLastSubject(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        var subject = state.LastEntities.FirstOrDefault(id => !q.Entities.Contains(id) && index.Find(id)?.IsActor == true);
        return subject is null ? null : q with { Entities = [subject, .. q.Entities] };
    }

    /// <summary>Whether the name starting here follows one of <see cref="OtherPartyPrepositions"/>, maybe with "the" between.</summary>
    private static bool AfterPreposition(ParsedQuestion q, int start)
    {
        var before = start > 0 && q.Tokens[start - 1] is "the" ? start - 2 : start - 1;
        return before >= 0 && OtherPartyPrepositions.Contains(q.Tokens[before]);
    }

    /// <summary>Words that open a question rather than a fragment.</summary>
    private static readonly HashSet<string> Opening = new(StringComparer.Ordinal)
    {
        "who", "what", "when", "where", "why", "how", "which", "whose", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had",
        "can", "could", "will", "would", "should", "tell", "and",
    };
}
