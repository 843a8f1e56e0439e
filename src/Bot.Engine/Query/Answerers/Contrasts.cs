using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Sentences that set one thing against another in their own words ("Unlike the south, the north ...", "once seen as
/// X, it is now Y", "45 days, down from 120 in 2023", "Instead of A, they want B"): what a comparison with fewer than
/// two sides to set side by side ("how has X changed since before?", "how does the north differ from the south?") asks.
/// </summary>
internal static partial class Contrasts
{
    /// <summary>The body sentence best saying the question's words that sets one thing against another, if one says enough of them.</summary>
    public static IndexedSentence? Best(Turn t) =>
        t.Q.Residual.Count == 0 && t.Q.Entities.Count == 0 ? null
            : Ranker.BestSentence(t, minimumCover: RankingPolicy.ReasonSentenceCover, accept: s => s.InBody && Contrasting().IsMatch(s.Sentence.Text), namedEarlier: true);

    // Then against now ("once ... now", "previously", "no longer", "down from"), one against another ("unlike", "whereas",
    // "instead of", "rather than", "compared with"). Not a bare "but" or "while", which as often only go on.
    [GeneratedRegex(@"\b(?:[Uu]nlike|[Ww]hereas|[Ii]nstead of|rather than|[Ii]n contrast|[Bb]y contrast|contrast(?:s|ed)? (?:with|to)|compared (?:with|to)|as opposed to|no longer|previously|historically|(?:down|up) from|once\b[^.;]*\bnow)\b")]
    private static partial Regex Contrasting();
}
