using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Who takes a side, read from the article's sentences when no position or relation says it: a sentence about what
/// the question names that holds a word of opposing ("critics", "the opposition", "protested against", "would not
/// enforce") or of supporting ("backed", "urged", "pressing him to", "cautiously optimistic").
/// </summary>
internal static partial class StanceSentences
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
                : null)
            ?? (opposing ? Dissent(t, content) : null);
    }

    /// <summary>
    /// "The minister called the deal a triumph. Not everyone agrees.": a dissent that leaves its side unnamed speaks of
    /// what was said before it (earlier in its paragraph, or in the paragraph before when it opens its own), and is the
    /// answer when that says what the question asks about.
    /// </summary>
    private static IndexedSentence? Dissent(Turn t, IReadOnlyList<string> content)
    {
        var index = t.Index;
        if (content.Count == 0 && t.Q.Entities.Count == 0)
            return null;
        var weights = content.Select(index.Idf).ToList();
        var total = weights.Sum();
        IndexedSentence? best = null;
        var bestCover = 0.0;
        foreach (var sentence in index.Sentences)
        {
            if (!sentence.InBody || !LeavesSideUnnamed(sentence.Sentence.Text))
                continue;
            var before = SaidBefore(index, sentence);
            if (!t.Q.Entities.All(id => sentence.Mentioned.Contains(id) || before.Any(s => s.Mentioned.Contains(id))))
                continue;
            var said = 0.0;
            for (var i = 0; i < content.Count; i++)
            {
                if (before.Any(s => t.Covers(s.Stems, content[i])))
                    said += weights[i];
            }
            var cover = total > 0 ? said / total : 1;
            if (cover >= RankingPolicy.EnoughWords && cover > bestCover)
                (best, bestCover) = (sentence, cover);
        }
        return best;
    }

    /// <summary>The sentences before the one given in its paragraph, or those of the paragraph before when it opens its own.</summary>
    private static List<IndexedSentence> SaidBefore(KnowledgeIndex index, IndexedSentence sentence)
    {
        var earlier = new List<IndexedSentence>();
        if (index.Beside(sentence, -1) is not { } first || !first.InBody)
            return earlier;
        var paragraph = first.Sentence.Paragraph;
        for (var s = first; s is not null && s.InBody && s.Sentence.Paragraph == paragraph; s = index.Beside(s, -1))
            earlier.Add(s);
        return earlier;
    }

    /// <summary>Whether a sentence dissents without naming who does ("Not everyone agrees.", "Others are less sure.").</summary>
    public static bool LeavesSideUnnamed(string text) => UnnamedDissent().IsMatch(text);

    /// <summary>
    /// A denied whole agreeing ("not everyone is convinced", "few share it"), or a part of a crowd dissenting ("others
    /// disagree", "some are less sure"), as the sentence's subject.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:but|yet|still|however),?\s+)?(?:(?:not (?:everyone|everybody|all)|few|no one|nobody)\b(?:\s+[\w’']+){0,4}?\s+(?:(?:is|are|was|were|seems?|seemed)\s+)?(?:agrees?|agreed|convinced|persuaded|shares?|shared|happy|pleased|impressed|enthusiastic|sure)|(?:others|some|many)\b(?:\s+[\w’']+){0,4}?\s+(?:(?:is|are|was|were|seem|seemed)\s+)?(?:disagree|disagreed|unconvinced|unimpressed|sceptical|skeptical|unhappy|less (?:sure|convinced|enthusiastic)|object|objected))\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedDissent();

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
