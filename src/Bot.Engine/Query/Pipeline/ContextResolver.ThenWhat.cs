using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "On July 2 fishermen marched through the port." then "what happened next?", "and then what?": what came after what
/// was just read is what the article tells right after it.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words that ask what came after: at least one must be there.</summary>
    private static readonly HashSet<string> AfterWords = new(StringComparer.Ordinal) { "next", "then", "after", "afterwards", "later" };

    /// <summary>The only other words such a question has ("what happened after that?", "what came next?").</summary>
    private static readonly HashSet<string> HappeningStems = Vocabulary.Stems("next", "then", "after", "afterwards", "later", "happened", "happen", "came", "come", "followed", "occurred", "went", "on");

    /// <summary>
    /// The question asked of the sentence after the one the last answer showed, or null when it names anyone or anything,
    /// asks more than what came next, or nothing was shown.
    /// </summary>
    private static ParsedQuestion? WhatCameNext(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (!AsksOnlyWhatCameNext(q) || q.Mentions.Count > 0 || q.Entities.Count > 0 || q.Date is not null || q.Quoted is not null
            || q.Intent is Intent.YesNo or Intent.Why or Intent.When
            || LastRead(state, index) is not { } shown || index.Beside(shown, 1) is not { } next)
            return null;
        return q with { Intent = Intent.General, ContextSentence = next };
    }

    /// <summary>Whether the question's words ask nothing but what came after ("what happened next?", "and then?").</summary>
    internal static bool AsksOnlyWhatCameNext(ParsedQuestion q) => q.Tokens.AnyIn(AfterWords) && q.Residual.AllIn(HappeningStems);
}
