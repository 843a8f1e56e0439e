using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Researchers at the Tidewater Trust wrote it." then "what kind of group is that?": the user asks what the group just
/// spoken of is, as "who is the Tidewater Trust?" would, not anything the sentence just read tells.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// A question of who the nearest actor spoken of is, when the question names no one and asks only what kind of actor
    /// "that" or "it" is, and one spoken of is of that kind; null otherwise.
    /// </summary>
    private static ParsedQuestion? KindOfLastActor(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        var kind = AskedKindOfActor(q.Tokens);
        if (kind is null || q.Mentions.Any(m => m.Pronoun is null) || !q.Tokens.AnyIn(ClaimPointers))
            return null;
        return LastActorOfKind(q, state, index, kind);
    }

    /// <summary>The last actor spoken of of the kind, as whom the question asks; apart so that its lambda is made only when asked.</summary>
    private static ParsedQuestion? LastActorOfKind(ParsedQuestion q, ConversationState state, KnowledgeIndex index, string kind)
    {
        var meant = state.Entities.FirstOrDefault(id => index.Find(id) is { IsActor: true } e && !index.IsAuthor(id) && EntityKinds.OfKind(e, kind));
        return meant is null ? null : q with { Intent = Intent.Who, Entities = [meant], Mentions = [], Residual = [] };
    }

    /// <summary>"what kind of group is that?": the stem of the kind of actor asked, "group"; null when none is.</summary>
    public static string? AskedKindOfActor(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is not ("kind" or "kinda" or "sort" or "sorta" or "type"))
                continue;
            var noun = Stemmer.Stem(tokens[i + 1] is "of" && i + 2 < tokens.Count ? tokens[i + 2] : tokens[i + 1]);
            if (EntityKinds.EntityWords.Contains(noun))
                return noun;
        }
        return null;
    }
}
