using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "On July 2 the council voted." then "what did the mayor do the next day?": a time counted from what was just read
/// has no date of its own; the article tells of it beside that sentence, in words of the same kind ("The next day ...").
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The question asked of the sentence in the last answer's paragraph that opens a time counted from another
    /// ("the following day", "two days later") and says the rest of what is asked; null when there is none.
    /// </summary>
    private static ParsedQuestion? WhatFollowed(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (!(AsksOfASentence(q) || q.Intent is Intent.OnDate) || !CountedTimeIn.IsMatch(q.Words)
            || LastRead(state, index) is not { } anchor)
            return null;
        return ToldInParagraph(q, index, anchor);
    }

    /// <summary>The sentence of the anchor's paragraph counting time that says the rest of the question, as a reading; apart so that its lambdas are made only when asked.</summary>
    private static ParsedQuestion? ToldInParagraph(ParsedQuestion q, KnowledgeIndex index, IndexedSentence anchor)
    {
        var asked = q.Residual.Where(w => !CountedTimeStems.Contains(w)).ToList();
        var told = index.Sentences.FirstOrDefault(s => s.SameParagraphAs(anchor) && CountedTimeIn.IsMatch(s.Sentence.Text)
            && q.Entities.AllIn(s.Mentioned) && asked.All(w => Holds(q, index, s, w)));
        return told is null ? null : q with { ContextSentence = told };
    }

    private static readonly HashSet<string> CountedTimeStems = Vocabulary.Stems("next", "following", "later", "after", "day", "days", "morning", "week", "weeks", "month", "months");

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:the )?(?:next|following) (?:day|morning|week|month)\b|\b(?:a|one|two|three|four|five|several|few) (?:days?|weeks?|months?) later\b|\bthe (?:day|week|month) after\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CountedTime();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern CountedTimeIn = new(CountedTime());
}
