using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "The envoy left Ruritania in May." then "and what did he leave behind?": a follow-up the article answers nowhere in
/// the question's own words is mostly answered where the last answer was read or just after it, in words of the
/// article's own ("his archive stayed in the capital"). Tried last, once every reading found nothing: a sentence
/// there saying one of the question's words answers it rather than a refusal.
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
        if (best is null)
            return null;
        var reply = Replies.FromSentence(t, best);
        return AnswerChecks.Fail(t, reply) is null ? reply : null;
    }

    /// <summary>How much of what the sentence last read says counts against a sentence after it: it was shown already.</summary>
    private const double ReadAgainShare = 0.75;

    /// <summary>Whether the question opens by going on from the last one ("and ...?", "so ...?").</summary>
    public static bool Continues(ParsedQuestion q) => q.Tokens.Count > 0 && Continuing.Contains(q.Tokens[0]);

    /// <summary>Whether the question leans on the last one: it opens by going on, points with a pronoun, or is a fragment.</summary>
    private static bool GoesOn(ParsedQuestion q) =>
        Continues(q) || q.FollowUp || q.Mentions.Any(m => m.Pronoun is not null) || q.Tokens.Count <= MaxFragmentWords;
}
