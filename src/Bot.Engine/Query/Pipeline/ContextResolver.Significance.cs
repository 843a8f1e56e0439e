using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "The town is building a second pier. The pier could halve the queues at the old dock." then, after the first,
/// "why does that matter?": what the thing just read brings is where the article says what it could or would do,
/// in the sentence shown or one right after it in its paragraph.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words asking why something counts for anything ("why does it matter?", "why is that significant?").</summary>
    private static readonly HashSet<string> SignificanceStems = Vocabulary.Stems(
        "matter", "matters", "important", "importance", "significant", "significance", "relevant", "care");

    /// <summary>Words saying what a thing could bring about: "could", "would", "might", "means", "allows".</summary>
    private static readonly HashSet<string> BringingWords = new(StringComparer.Ordinal)
    {
        "could", "would", "might", "means", "allow", "allows", "allowing", "enable", "enables", "enabling",
    };

    /// <summary>
    /// The "why" asked of the first sentence, from the passage shown through the few after it in its paragraph, that says
    /// what could come of it; null when the question names anything, says more than why it matters, or none says so.
    /// </summary>
    private static ParsedQuestion? WhyItMatters(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.Why || !q.Tokens.Any(w => SignificanceStems.Contains(Stemmer.Stem(w))) || !q.Tokens.AnyIn(PointingWords)
            || q.Mentions.Any(m => m.Pronoun is not "thing") || q.Date is not null || q.Quoted is not null
            || q.Residual.Any(w => !SignificanceStems.Contains(w)) || LastRead(state, index) is not { } shown)
            return null;
        // A passage shown ends on the sentence remembered: its first sentences were read too.
        var first = 0;
        while (first > -RankingPolicy.OccasionSentences && index.Beside(shown, first - 1) is { } before && before.SameParagraphAs(shown)
               && state.LastAnswerText?.Contains(before.Sentence.Text, StringComparison.Ordinal) == true)
            first--;
        for (var offset = first; offset <= RankingPolicy.OccasionSentences; offset++)
        {
            if (index.Beside(shown, offset) is not { } next || !next.SameParagraphAs(shown))
                return null;
            if (Tokenizer.Tokens(next.Sentence.Text).Any(BringingWords.Contains))
                return q with { ContextSentence = next };
        }
        return null;
    }
}
