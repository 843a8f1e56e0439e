using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "The levy drove the trawlers away." then "how so?", "in what way?", "like what?": the user asks the writer to go on,
/// and what bears the claim out is the sentence after it in its paragraph.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The question asked of the sentence after the one read, in its paragraph, when the question only asks to be told
    /// more of it; null when it asks anything else or the paragraph ends there.
    /// </summary>
    private static ParsedQuestion? HowSo(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (!AsksToGoOn(q.Tokens) || LastRead(state, index) is not { } shown
            || index.Beside(shown, 1) is not { } next || !next.SameParagraphAs(shown))
            return null;
        return q with { Intent = Intent.General, Residual = [], Entities = [], ContextSentence = next };
    }

    /// <summary>Whether the words only ask to be told more of what was just read: "how so?", "in what way?", "like what?".</summary>
    public static bool AsksToGoOn(IReadOnlyList<string> tokens)
    {
        var start = 0;
        while (tokens.Count > 2 && start < tokens.Count && tokens[start] is "and" or "but" or "ok" or "okay" or "so")
            start++;
        // Every such question is two to four words after its opening: longer ones are not copied to be matched.
        return tokens.Count - start is >= 2 and <= 4 && tokens.Skip(start).ToList()
            is ["how", "so"] or ["in", "what", "way" or "ways"] or ["like", "what"] or ["such", "as"] or ["for", "example" or "instance"]
            or ["how", "is", "that", "so"];
    }
}
