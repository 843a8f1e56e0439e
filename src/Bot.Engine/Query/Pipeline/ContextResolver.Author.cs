using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Is the author saying X?" then "what does she say is driving the party's stance?": "she" is whoever wrote the
/// article (the one person it fits, or, with no one spoken of it fits, the one writer), and the question reads as
/// "what does the author say ...": the writer frames it, and what the article says answers.
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
            || !StandsForAuthor(q, mention.Pronoun!, state, index))
            return null;
        var words = q.Tokens.Select((token, i) => i == mention.Start ? "the author" : token);
        return index.Parse(string.Join(' ', words) + (q.Text.TrimEnd().EndsWith('?') ? "?" : ""));
    }

    /// <summary>
    /// Whether the pronoun can stand only for whoever wrote the article: the writer is the one person spoken of it fits, or
    /// no one spoken of fits it and one writer does ("the author's view is X, correct?" then "so what does he claim?"). A
    /// person the question names is whom its pronoun means ("what were X's words in his speech?").
    /// </summary>
    private static bool StandsForAuthor(ParsedQuestion q, string pronoun, ConversationState state, KnowledgeIndex index) => Referents(pronoun, state, index) switch
    {
        [var only] => index.IsAuthor(only),
        [] => !q.Mentions.Any(m => m.Pronoun is null && m.Candidates.Any(id => index.Find(id)?.IsPerson == true))
            && index.Entities.Values.Where(e => index.IsAuthor(e.Id)).ToList() is [var writer] && (writer.Gender is null || writer.FitsPronoun(pronoun)),
        _ => false,
    };
}
