using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "does the article mention the Varno accord?", "does the piece name Jo Roe?": a claim only that the article speaks of
/// something, which any sentence saying it bears out, whatever that sentence says of it ("surely not a rerun of the Varno
/// accord" still mentions the accord; "a hard sell for Jo Roe" still names her).
/// </summary>
internal static partial class YesNoAnswerer
{
    /// <summary>The words of the frame itself ("does the article refer to"), which no sentence need say.</summary>
    private static readonly HashSet<string> MentionFrameStems = new(
        new[] { "article", "author", "authors", "text", "piece", "writer", "writers", "mention", "name", "cite", "refer" }.Select(Text.Stemmer.Stem),
        StringComparer.Ordinal);

    /// <summary>
    /// Words after the thing mentioned that open a claim of their own ("mention that X lost", "name X as its leader",
    /// "refer to X when ..."): then what the article says of it is what is asked, not only that it speaks of it.
    /// </summary>
    private static readonly HashSet<string> OwnClaimOpeners = new(StringComparer.Ordinal)
    {
        "that", "whether", "if", "how", "why", "what", "who", "when", "where", "as", "among", "which", "for", "because",
    };

    /// <summary>
    /// Yes with a sentence of the body naming every name of the claim and saying all its other words, when the claim asks
    /// only whether the article speaks of them; null otherwise, and when no sentence does. "Does the article name the
    /// minister?" asks for a name the article may not give, so "name" asks only of names.
    /// </summary>
    private static Reply? Mentioned(Turn t)
    {
        var q = t.Q;
        // "does it mention the Varno framework?" where no article says "Varno": a word it never uses is part of what is
        // asked after, so a sentence saying only "framework" mentions something else.
        if (q.MentionVerb is not { } verb || q.NegationStems.Count > 0 || q.Tokens.Any(OwnClaimOpeners.Contains) || q.Details.Count > 0 || q.Foreign.Count > 0)
            return null;
        var content = q.Residual.Where(w => !MentionFrameStems.Contains(w)).ToList();
        if (content.Count == 0 ? q.Entities.Count == 0 : verb == "name")
            return null;
        bool Names(IndexedSentence s) => s.InBody && q.Entities.All(s.Mentioned.Contains);
        return BestSentence(t.With(q with { Residual = content }), minimumCover: RankingPolicy.AllWords, accept: Names) is { } sentence
            ? SentenceReply("Yes. The article says", sentence)
            : null;
    }
}
