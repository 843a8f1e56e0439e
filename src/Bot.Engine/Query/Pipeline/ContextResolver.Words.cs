using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "What is the harbour levy?" then "when does it start?": the last question named nothing "it" could stand for, so "it"
/// is what that question asked about in words, not some country or body named earlier in the chat. "What does Ruritania
/// sell to Borduria?" then "why can't Borduria make that itself?": "that" standing alone is what was asked about, even
/// beside names, for a country is "it", never "that".
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Verbs that ask something of a lone "that" after them: "would that take", "why can't it do that itself".</summary>
    private static readonly HashSet<string> AskingVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "would", "will", "does", "did", "do", "can", "could", "should", "has", "had", "might",
    };

    /// <summary>
    /// Verbs a lone "that" is the subject of ("would that take long?"), and adverbs before them ("does that even matter?");
    /// after "that", any other word may be the noun it singles out, or the verb of a question asked of it in its own right.
    /// </summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "take", "mean", "matter", "work", "happen", "help", "change", "affect", "cost", "come", "start", "begin", "end", "last", "lead", "cause", "do",
        "even", "really", "actually", "still", "ever", "also", "just",
    };

    /// <summary>Intents about the article itself or the conversation, where "it" is never the last question's words.</summary>

    private static readonly HashSet<Intent> OfTheArticle = [Intent.About, Intent.Author, Intent.Sections, Intent.Source, Intent.Help, Intent.More, Intent.Captions];

    /// <summary>
    /// The reading with the last question's words in place of whatever "it" was bound to, or null when the question
    /// has no "it" or lone "that", the last question named a thing "it" can stand for, or asked in no words of its own. When the last
    /// question asked for a kind of body or state ("which company was the top supplier?"), "it" is the one the answer named, as a
    /// pronoun stands for the nearest referent. The other readings
    /// stay as fallbacks: the words may be found nowhere together with what is asked now.
    /// </summary>
    private static ParsedQuestion? OnLastWords(ParsedQuestion asked, ParsedQuestion reading, ConversationState state, KnowledgeIndex index)
    {
        // "is that confirmed?" checks what was just read, not what was asked before it.
        var demonstrative = reading.Intent is not Intent.YesNo && PointsAloneAtWhatWasAsked(asked);
        if (!(demonstrative || asked.Mentions.Any(m => m.Pronoun is "thing")) || state.LastResidual.Count == 0 || OfTheArticle.Contains(reading.Intent)
            || reading.ContextSentence is not null)
            return null;
        return OnLastWordsOf(asked, reading, state, index, demonstrative);
    }

    /// <summary>The rest of <see cref="OnLastWords"/>, apart so that its lambdas are made only for questions that get this far.</summary>
    private static ParsedQuestion? OnLastWordsOf(ParsedQuestion asked, ParsedQuestion reading, ConversationState state, KnowledgeIndex index, bool demonstrative)
    {
        if ((!demonstrative && state.LastEntities.Any(id => index.Find(id)?.FitsPronoun("thing") == true))
            || state.LastResidual.Any(Answerers.AnswerChecks.IsBodyOrStateKind))
            return null;
        // Whom the question names or calls "he" or "she" stays; only what "it" was bound to gives way.
        var kept = reading.Entities.Where(id => index.Find(id)?.IsPerson == true || NamedIn(asked, id));
        return reading with { Entities = [.. kept], Residual = [.. state.LastResidual.Union(reading.Residual)] };
    }

    /// <summary>
    /// "that" or "this" as a pronoun of its own, after a verb that asks of it ("would that take", "do that itself"), not
    /// before a noun it singles out ("that meeting") nor closing the question (what was just read is meant there).
    /// </summary>
    internal static bool PointsAloneAtWhatWasAsked(ParsedQuestion q)
    {
        for (var i = 1; i < q.Tokens.Count - 1; i++)
        {
            if (q.Tokens[i] is not ("that" or "this") || !AskingVerbs.Contains(q.Tokens[i - 1]))
                continue;
            var next = q.Tokens[i + 1];
            if (LightVerbs.Contains(next) || next.EndsWith("ed", StringComparison.Ordinal) || next.EndsWith("self", StringComparison.Ordinal) || next.EndsWith("selves", StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
