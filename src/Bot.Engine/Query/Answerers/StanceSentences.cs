namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Who takes a side, read from the article's sentences when no position or relation says it: a sentence about what
/// the question names that holds a word of opposing ("critics", "the opposition", "protested against", "would not
/// enforce") or of supporting ("backed", "urged", "pressing him to", "cautiously optimistic").
/// </summary>
internal static class StanceSentences
{
    public static readonly HashSet<string> OpposingStems = Vocabulary.Stems(
        "oppose", "opposed", "opposing", "opposition", "oppositional", "opponent", "opponents", "critic", "critics", "criticism",
        "criticised", "criticized", "against", "rejected", "resisted", "resistance", "objected", "objection", "protest", "protested",
        "protesters", "dissident", "dissidents", "dissent", "boycott", "boycotts", "condemned", "denounced", "refused", "disagreed",
        "rejects", "rejection", "resist", "reluctant", "reluctance", "unwilling", "unwillingness", "uncooperative", "wary", "sceptical", "skeptical");

    public static readonly HashSet<string> SupportingStems = Vocabulary.Stems(
        "support", "supported", "supporters", "backed", "backing", "backers", "endorsed", "favoured", "favored", "champion",
        "championed", "advocated", "advocates", "urged", "urging", "pressing", "pushed", "pushing", "lobbied", "lobbying",
        "optimistic", "openness", "welcomed", "welcomes", "favour", "favours", "favor", "favors", "keen", "eager");

    /// <summary>The sentence best saying who opposes (or supports) what the question names, in the question's other words.</summary>
    public static IndexedSentence? Best(Turn t, IReadOnlyList<string> content, bool opposing)
    {
        var words = opposing ? OpposingStems : SupportingStems;
        var asked = t.With(t.Q with { Residual = content });
        // "Who objected to the Lorvik dam?": a paragraph names the dam once, then says "critics condemned the project".
        // Only with words of the question beside the name, which tie the later sentence to what was named.
        return Ranker.BestSentence(asked, minimumCover: RankingPolicy.EnoughWords, accept: s => Says(s, words, opposing))
            ?? (content.Count > 0 && t.Q.Entities.Count > 0
                ? Ranker.BestSentence(asked, minimumCover: RankingPolicy.EnoughWords, accept: s => Says(s, words, opposing), namedEarlier: true)
                : null);
    }

    // A plain loop: this runs for each sentence that says enough of the question.
    private static bool Says(IndexedSentence sentence, HashSet<string> words, bool opposing)
    {
        // "said it would not enforce the sanctions": a refusal in words none of which opposes alone.
        if (opposing && Extraction.StanceCues.DeniesGoingAlong(sentence.Sentence.Text))
            return true;
        foreach (var stem in sentence.Stems)
        {
            if (words.Contains(stem))
                return true;
        }
        return false;
    }
}
