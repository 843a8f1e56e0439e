using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "what is the danger of the strike for Lorvik?", "what is the risk of selling the mill?": a question asking what a
/// thing brings is answered where the article says what that thing could, would or risks to do, with the thing
/// named before the modal ("The strike could close the port", "If the council had sold the mill, it would have lost
/// ..."). A sentence where the thing only follows the modal ("a ban could trigger a strike") tells its cause instead.
/// </summary>
internal static partial class WhyAnswerer
{
    /// <summary>
    /// The sentence telling what the thing asked about brings, with the sentence after it that goes on from it, for
    /// "what is the danger of X?" (read as asking what X is). An amount asked ("how much would it cost?") wants a number instead.
    /// </summary>
    public static Reply? Consequence(Turn t)
    {
        var q = t.Q;
        // The question's own words: ranking keeps only those the article uses, and "bad" or "cost" may not be among them.
        if (q.FollowUp || q.AsksAmount || !q.Tokens.Any(w => Vocabulary.ConsequenceStems.Contains(Text.Stemmer.Stem(w))))
            return null;
        var thing = q.Residual.Where(w => !Vocabulary.ConsequenceStems.Contains(w)).ToList();
        if (thing.Count == 0)
            return null;
        var asked = t.With(q with { Residual = thing });
        return Ranker.BestSentence(asked, minimumCover: RankingPolicy.EnoughWords, accept: s => s.InBody && NamedBeforeModal(asked, s)) is { } said
            ? WithWhatFollows(t, said, pointingBack: true)
            : null;
    }

    /// <summary>
    /// Whether the sentence holds a modal of what may follow and says at least half the question's words it says, and one
    /// at least, before the last such modal.
    /// </summary>
    private static bool NamedBeforeModal(Turn t, IndexedSentence sentence)
    {
        var text = sentence.Sentence.Text;
        var modals = Modal().Matches(text);
        if (modals.Count == 0)
            return false;
        var before = Words.Stems(text[..modals[^1].Index]);
        var said = t.Q.Residual.Count(w => t.Covers(sentence.Stems, w));
        var early = t.Q.Residual.Count(w => t.Covers(before, w));
        return early > 0 && early * 2 >= said;
    }

    /// <summary>Words saying what may follow: "could", "would", "risks", "threatens".</summary>
    [GeneratedRegex(@"\b(?:could|would|might|may|can|will|risks?|threatens?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    /// <summary>A sentence opening on what the one before spoke of: "This strike ...", "Such a move ...".</summary>
    [GeneratedRegex(@"^[“""]?(?:This|That|These|Those|Such|It)\b")]
    private static partial Regex PointsBack();
}
