using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "The envoy left Ruritania in May." then "and what did he leave behind?": a follow-up the article answers nowhere in
/// the question's own words is mostly answered where the last answer was read or just after it, in words of the
/// article's own ("his archive stayed in the capital"). Tried last, once every reading found nothing: a sentence
/// there saying one of the question's words answers it rather than a refusal; with none saying any, a question pointing
/// back at what was read ("and the alternative?") is answered by the sentence after it.
/// </summary>
internal static class ReadOn
{
    /// <summary>Words opening a question that goes on from the last one ("and ...?", "so ...?").</summary>
    private static readonly HashSet<string> Continuing = new(StringComparer.Ordinal) { "and", "so", "then", "n", "also", "but", "ok", "okay" };

    /// <summary>Longest question read as a fragment of the conversation ("reserve size?", "timeframe for those?").</summary>
    public const int MaxFragmentWords = 4;

    /// <summary>
    /// Intents that ask about the article or the chat itself, or check a claim: nothing read before answers them. Nor does
    /// it answer "when?": a date is looked for wherever the article gives one, and one near is of something else.
    /// </summary>
    private static readonly HashSet<Intent> NotReadOn =
        [Intent.YesNo, Intent.When, Intent.About, Intent.Author, Intent.Sections, Intent.Source, Intent.Help, Intent.More, Intent.Captions, Intent.Order, Intent.OnDate];

    /// <summary>
    /// The sentence near the one last read saying most of the question's words (the nearest of those tied, the one
    /// read itself only when it says more), or null when the question does not go on from the last answer, names
    /// something no article mentions, or no sentence there says any of its words or gives what it asks.
    /// </summary>
    public static Reply? Answer(Turn t)
    {
        var q = t.Q;
        if (NotReadOn.Contains(q.Intent) || q.Ambiguous is not null || q.Unresolved is not null || q.LacksContext
            || q.ForeignNames.Count > 0 || q.Residual.Count == 0 || !GoesOn(q))
            return null;
        IndexedSentence? best = null;
        double bestCover = 0;
        var first = true;
        foreach (var sentence in Ranker.AroundLastRead(t))
        {
            double cover = 0;
            foreach (var word in q.Residual)
                cover += t.Index.Idf(word) * t.Share(sentence.Stems, word);
            // The sentence read was shown already: it answers again only by saying more of what is asked now.
            if (cover > bestCover && sentence.InBody)
                (best, bestCover) = (sentence, first ? cover * ReadAgainShare : cover);
            first = false;
        }
        // "and the remedy she proposes?", "who is to pay for that?": nothing there says the question's words, but a question
        // pointing back at what was just read asks what the article goes on to say of it.
        best ??= PointsBack(q) ? PointedOnTo(t) : null;
        if (best is null)
            return null;
        var reply = Replies.FromSentence(t, best);
        return AnswerChecks.Fail(t, reply) is null ? reply : null;
    }

    /// <summary>
    /// Of the few sentences after the one last read that name whom the question names, the one saying most of its words,
    /// in their general synonyms too ("tools" for "methods"); with none saying any, the first of them. None for a question
    /// asking a time ("in which years?"): a sentence that goes on need not date anything.
    /// </summary>
    private static IndexedSentence? PointedOnTo(Turn t)
    {
        if (t.Q.Tokens.AnyIn(TimeWords))
            return null;
        var loose = t with { Loose = true };
        var named = t.Q.Entities.Where(id => ContextResolver.NamedIn(t.Q, id)).ToList();
        IndexedSentence? best = null;
        double bestScore = -1;
        foreach (var sentence in Ranker.AfterLastRead(t))
        {
            // "And Ruritania's envoy, who is he?": a sentence not naming Ruritania goes on about something else.
            if (!sentence.InBody || !named.All(sentence.Mentioned.Contains))
                continue;
            double score = 0;
            foreach (var word in t.Q.Residual)
                score += loose.Share(sentence.Stems, word);
            if (score > bestScore)
                (best, bestScore) = (sentence, score);
        }
        return best;
    }

    /// <summary>Words asking a time, which the sentence after what was read answers only if it dates something.</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "when", "year", "years", "date", "dates", "month", "months", "day", "days", "decade",
    };

    /// <summary>How much of what the sentence last read says counts against a sentence after it: it was shown already.</summary>
    private const double ReadAgainShare = 0.75;

    /// <summary>Whether the question opens by going on from the last one ("and ...?", "so ...?").</summary>
    public static bool Continues(ParsedQuestion q) => q.Tokens.Count > 0 && Continuing.Contains(q.Tokens[0]);

    /// <summary>
    /// "what does he liken that to?": "that" or "this" closing the question or before a preposition points at what was
    /// read, not at a thing it singles out ("that meeting") nor as a relative ("the ships that were sunk").
    /// </summary>
    private static bool PointsAlone(ParsedQuestion q)
    {
        for (var i = 0; i < q.Tokens.Count; i++)
        {
            if (q.Tokens[i] is "that" or "this" && (i == q.Tokens.Count - 1 || Prepositions.Contains(q.Tokens[i + 1])))
                return true;
        }
        return false;
    }

    /// <summary>Prepositions after which a lone "that" is what a verb is said of ("liken that to").</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "to", "with", "for", "about", "on", "in", "at", "of", "from" };

    /// <summary>Words that point back at what was just read: "that", "this", "it", "those", "these".</summary>
    private static readonly HashSet<string> Pointing = new(StringComparer.Ordinal) { "that", "this", "it", "those", "these" };

    /// <summary>
    /// Whether the question goes on from what was just read rather than only from whom it spoke of: it opens by going on
    /// ("and ...?") or points at it ("liken that to", "this bridge").
    /// </summary>
    private static bool PointsBack(ParsedQuestion q) => Continues(q) || q.Tokens.AnyIn(Pointing);

    /// <summary>
    /// Whether the question leans on the last one: it opens by going on, points back ("what does he liken that to?"),
    /// points with a pronoun, or is a fragment.
    /// </summary>
    private static bool GoesOn(ParsedQuestion q) =>
        Continues(q) || PointsAlone(q) || q.FollowUp || q.Mentions.Any(m => m.Pronoun is not null) || q.Tokens.Count <= MaxFragmentWords;
}
