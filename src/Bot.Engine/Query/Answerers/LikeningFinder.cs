using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Which historical comparisons does the author draw?": the sentences likening one thing to another ("in a similar
/// manner to", "invoked the precedent of", "the analogy of"), those whose paragraph says most of the rest of the
/// question first.
/// </summary>
internal static partial class LikeningFinder
{
    /// <summary>How many likening sentences one answer gives; the article seldom draws more on one subject.</summary>
    private const int MostSentences = 3;

    /// <summary>
    /// What a word of the question counts when only another sentence of the likening one's paragraph says it: a
    /// likening often goes on from the sentence naming what is likened ("The mayor wants a bridge. Much like ...").
    /// </summary>
    private const double ParagraphShare = 0.5;

    public static Reply? Find(Turn t)
    {
        var likening = t.Index.Sentences.Where(s => LikeningPattern().IsMatch(s.Sentence.Text)).ToList();
        // The writer asked about ("does he draw") is who likens, not whom the sentence names.
        var named = t.Q.Entities.Where(id => !t.Index.IsAuthor(id)).ToList();
        var words = t.Q.Residual;
        var total = words.Sum(t.Index.Idf) + named.Count;
        var chosen = total == 0 ? likening.Take(MostSentences).ToList()
            : [.. likening.Select(s => (Sentence: s, Score: Said(t, s, words, named) / total))
                .Where(c => c.Score >= RankingPolicy.EnoughWords).OrderByDescending(c => c.Score).Take(MostSentences).Select(c => c.Sentence)];
        if (chosen.Count == 0)
            return null;
        var answer = new AnswerBuilder();
        foreach (var sentence in chosen.OrderBy(t.Index.Sentences.IndexOf))
        {
            if (!answer.Add(sentence.Sentence.Text, Replies.Evidence(sentence)))
                break;
        }
        Suggestions.Defaults(answer);
        return Replies.Answered(answer);
    }

    /// <summary>How much of the words (by rarity) and names the sentence says, or its paragraph says for it.</summary>
    private static double Said(Turn t, IndexedSentence sentence, IReadOnlyList<string> words, List<string> named)
    {
        var paragraph = t.Index.InParagraph(sentence.Sentence.Paragraph).Where(s => s.SameParagraphAs(sentence)).ToList();
        double Share(Func<IndexedSentence, bool> says) => says(sentence) ? 1 : paragraph.Any(says) ? ParagraphShare : 0;
        return words.Sum(w => Share(s => t.Covers(s.Stems, w)) * t.Index.Idf(w)) + named.Sum(id => Share(s => s.Mentioned.Contains(id)));
    }

    [GeneratedRegex(@"\b(in a similar (manner|way|fashion) to|similar to|much like|just as|reminiscent of|echo(es|ed|ing)?|precedents?|analog(y|ies|ous)|parallels?|comparable to|compar(ed|ing|isons?) (with|to)|likened|akin to|harks? back|invok(e|es|ed|ing)|as (he|she|it|they|we) did (with|in))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LikeningPattern();
}
