using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Is the author saying X?" then "what does she say is driving the party's stance?": "she" is whoever wrote the
/// article, and the question reads as "what does the author say ...": the writer frames it, and what the article says answers.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The question parsed again with "the author" for a personal pronoun that can stand only for whoever wrote the article, or
    /// null when there is no such pronoun or the question asks no view or words of theirs: "where does she work?" asks
    /// about the writer themself.
    /// </summary>
    private static ParsedQuestion? AsTheAuthor(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not (Intent.SpeakerSaid or Intent.Position) || q.Residual.Count == 0
            || q.Mentions.FirstOrDefault(m => m.Pronoun is "male" or "female") is not { } mention
            || Referents(mention.Pronoun!, state, index) is not [var only] || !index.IsAuthor(only))
            return null;
        var words = q.Tokens.Select((token, i) => i == mention.Start ? "the author" : token);
        return index.Parse(string.Join(' ', words) + (q.Text.TrimEnd().EndsWith('?') ? "?" : ""));
    }
}
