using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "What did Ana Pell say about the harbour levy?" left unanswered, then "when did she say that?": no answer showed a
/// fact or a sentence for "that" to point at, so it is what the last question asked, in its words, not whatever else
/// she is reported to have said on some date. "Why did she go there?" points at her, not at what was asked.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words that point at a thing said or done, not at a person.</summary>
    private static readonly HashSet<string> ThingPointers = new(StringComparer.Ordinal) { "that", "this", "it", "so" };

    /// <summary>
    /// The last question's words when the question asks only when or why of "that", adds no words of its own, and the
    /// answer before it showed nothing; null otherwise.
    /// </summary>
    private static IReadOnlyList<string>? OfWhatWasLeftUnanswered(ParsedQuestion q, ConversationState state) =>
        q.Residual.Count == 0 && q.Tokens.AnyIn(ThingPointers) && state.LastFact is null && state.LastSentence is null && state.LastResidual.Count > 0
            ? state.LastResidual
            : null;
}
