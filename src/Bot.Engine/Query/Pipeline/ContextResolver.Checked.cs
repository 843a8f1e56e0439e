using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "The council's plan was dropped after the protests." then "was that decision ever undone?", "is that confirmed?": a
/// yes or no asked of what was just read, naming no one, that the article has no words to check, is answered by showing
/// that sentence again, with no verdict the words do not give.
/// </summary>
internal static partial class ContextResolver
{
    private static readonly HashSet<string> ClaimPointers = new(StringComparer.Ordinal) { "that", "this", "it" };

    /// <summary>
    /// The yes/no question asked of the sentence the last answer showed (or drew its fact from), or null when it names
    /// anyone or anything, points at nothing, or nothing was read. Tried last: any reading the article answers comes first.
    /// </summary>
    private static ParsedQuestion? CheckedAgainstShown(ParsedQuestion q, ConversationState state, KnowledgeIndex index) =>
        q.Intent is Intent.YesNo && q.Mentions.All(m => m.Pronoun is "thing") && q.Entities.Count == 0 && q.Date is null && q.Quoted is null
        && q.Tokens.AnyIn(ClaimPointers) && LastRead(state, index) is { } shown
            ? q with { ContextSentence = shown }
            : null;
}
