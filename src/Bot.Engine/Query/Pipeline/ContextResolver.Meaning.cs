using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "The board hired twelve engineers, a lawyer and two auditors." then "what does the author read into that line-up?",
/// "what would that mean for the town?": what the writer makes of what was just told is the sentence after it that
/// points back at it ("This was a team ready for a long fight.", "That would leave the town without a budget.").
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words asking what something means or shows.</summary>
    private static readonly HashSet<string> MeaningStems = Vocabulary.Stems(
        "mean", "means", "meaning", "imply", "implies", "implication", "implications", "read", "signal", "signify",
        "suggest", "suggests", "show", "shows", "reveal", "reveals", "indicate", "indicates", "tell", "tells");

    /// <summary>
    /// Most words of its own the question may add to what "that" points at: for whom it means something ("a repeat of
    /// that for Europe"). "It" beside words of its own stands for them ("and the 'hard' one, what does it mean?").
    /// </summary>
    private const int OwnWordsAboutMeaning = 2;

    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "that", "this", "those", "these" };

    /// <summary>
    /// The question asked of the first sentence, among the few after the one read in its paragraph or opening the next,
    /// that points back at what went before; null when the question asks no meaning of what it points at, names a person
    /// by pronoun, says more than that, or no sentence there points back.
    /// </summary>
    private static ParsedQuestion? WhatItMeans(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.General || q.Date is not null || q.Quoted is not null || !q.Tokens.AnyIn(ClaimPointers)
            || !q.Tokens.Any(w => MeaningStems.Contains(Stemmer.Stem(w))) || q.Mentions.Any(m => m.Pronoun is not (null or "thing")))
            return null;
        var pointedAt = DemonstratedWords(q).ToHashSet(StringComparer.Ordinal);
        var ownWords = q.Tokens.AnyIn(Demonstratives) ? OwnWordsAboutMeaning : 0;
        if (q.Residual.Count(w => !MeaningStems.Contains(w) && !pointedAt.Contains(w) && !WriterStems.Contains(w)) > ownWords
            || LastRead(state, index) is not { } shown)
            return null;
        return NextOnIt(shown, index, SumsUp) is { } next ? q with { ContextSentence = next } : null;
    }
}
