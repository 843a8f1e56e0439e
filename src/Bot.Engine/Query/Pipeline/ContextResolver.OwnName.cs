using Bot.Engine.Query.Conversations;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "Who visited the port on Monday?" then "what was on the itinerary?": the article never says "itinerary", but the
/// answer just read tells what the visit was for. A word of the user's own in a follow-up that names nothing new, and
/// asks nothing else that sentence does not hold, is their name for something in it, not a thing the article lacks.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>
    /// The question to answer from the sentence last read, or null unless it was refused over words the article never
    /// uses (names aside: a strange name is someone the article does not mention), names no one but whom that sentence
    /// names, leans on it, and of its other words at most one, tying what is asked to what was read, is not in it. Not a
    /// yes or no, nor a reason: a claim or a cause in strange words is checked or sought as it stands. Not with "that" or
    /// "this", whose own readings have judged the sentence already.
    /// </summary>
    public static ParsedQuestion? InOwnWordsOfShown(ParsedQuestion q, RefusalPolicy.Decision decision, ConversationState state, KnowledgeIndex index)
    {
        if (!decision.Refused || q.ForeignNames.Count > 0 || q.ContextSentence is not null || q.Quoted is not null || q.Date is not null
            || q.Intent is Intent.YesNo or Intent.Why || OfTheArticle.Contains(q.Intent) || q.Mentions.Any(m => m.Pronoun is null)
            || q.Tokens.AnyIn(Demonstratives) || LastRead(state, index) is not { } shown || !q.Entities.AllIn(shown.Mentioned) || !LeansOn(q, shown))
            return null;
        return OwnWordsOnlyStrange(q, decision, index, shown)
            // Checked against the sentence in the words it holds: the strange ones would fail every check.
            ? q with { ContextSentence = shown, Residual = [.. q.Residual.Where(w => !q.ForeignStems.Contains(w))] }
            : null;
    }

    /// <summary>
    /// Whether the question points back ("he", "it") or says a word of the sentence, be it one set aside as phrasing
    /// ("reportedly"): a question of strange words alone may as well be about something new.
    /// </summary>
    private static bool LeansOn(ParsedQuestion q, IndexedSentence shown)
    {
        if (q.Mentions.Count > 0)
            return true;
        foreach (var token in q.Tokens)
        {
            if (!Vocabulary.Stopwords.Contains(token) && Array.IndexOf(shown.Stems, Stemmer.Stem(token)) >= 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The rest of <see cref="InOwnWordsOfShown"/>, apart so that its lambdas are made only for questions that get this far.
    /// A strange kind of actor ("which shops") asks for names the sentence would have to give as of that kind.
    /// </summary>
    private static bool OwnWordsOnlyStrange(ParsedQuestion q, RefusalPolicy.Decision decision, KnowledgeIndex index, IndexedSentence shown) =>
        decision.Missing.All(q.Foreign.Contains) && !decision.Missing.Any(w => Answerers.AnswerChecks.IsActorKind(Stemmer.Stem(w.ToLowerInvariant())))
        && q.Residual.Count(w => !q.ForeignStems.Contains(w) && !Holds(q, index, shown, w)) <= RankingPolicy.OwnWordsAboutShown;
}
