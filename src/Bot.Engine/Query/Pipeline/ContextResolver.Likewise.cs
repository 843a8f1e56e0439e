using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Why is it so hard to prosecute the trawler?" then "has Borduria run into the same thing?": whether what was just told
/// holds of someone else too is said right after it, in a sentence naming them beside "similarly", "likewise" or "too"
/// ("Borduria has similarly struggled: ..."), not in the question's own words.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words asking whether what was told holds of another as well.</summary>
    private static readonly HashSet<string> SameWords = new(StringComparer.Ordinal) { "same", "similar", "similarly", "likewise", "too" };

    /// <summary>Words a sentence tells with that the one before it holds of another as well.</summary>
    private static readonly HashSet<string> LikewiseWords = new(StringComparer.OrdinalIgnoreCase) { "similarly", "likewise", "too", "same", "similar" };

    /// <summary>
    /// The yes/no question asked of the first sentence, among the few after the one read in its paragraph, that names the
    /// one thing the question names and says it holds of them as well; null when the question asks nothing of the same,
    /// names no one new, or no such sentence follows.
    /// </summary>
    private static ParsedQuestion? LikewiseOfShown(ParsedQuestion q, ConversationState state, KnowledgeIndex index)
    {
        if (q.Intent is not Intent.YesNo || !q.Tokens.AnyIn(SameWords) || q.Date is not null || q.Quoted is not null
            || q.Mentions is not [{ Pronoun: null, Candidates: [var other] }] || state.LastEntities.Contains(other))
            return null;
        if (LastRead(state, index) is not { } shown)
            return null;
        for (var offset = 1; offset <= RankingPolicy.OccasionSentences; offset++)
        {
            if (index.Beside(shown, offset) is not { } next || !next.SameParagraphAs(shown))
                return null;
            if (next.Mentioned.Contains(other) && Tokenizer.Tokens(next.Sentence.Text).AnyIn(LikewiseWords))
                return q with { Entities = [other], ContextSentence = next };
        }
        return null;
    }
}
