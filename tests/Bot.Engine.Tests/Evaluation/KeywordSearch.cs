using System.Text.RegularExpressions;
using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.Engine.Tests.Evaluation;

/// <summary>
/// The plain keyword search the engine must beat: it answers every question with the one sentence that shares the
/// most weighted words with it (BM25 over the article's sentences, words cut to their first five letters), and says
/// "doesn't say" only when no sentence shares a word. It keeps no conversation, gives no verdicts and never refuses
/// what an article merely mentions: what the engine adds is measured against it, set by set and kind by kind.
/// </summary>
public sealed partial class KeywordSearch
{
    private const double TermSaturation = 1.2;
    private const double LengthNormalisation = 0.75;
    private const int KeptLetters = 5;

    /// <summary>Words too common to say what a question is about.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "about", "as", "and", "or", "but",
        "is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had", "it", "its", "this", "that",
        "these", "those", "what", "who", "whom", "whose", "which", "when", "where", "why", "how", "there", "their",
        "they", "he", "she", "his", "her", "him", "them", "i", "you", "we", "me", "my", "our", "your", "can", "could",
        "would", "should", "will", "not", "no", "yes", "any", "some", "article", "say", "says", "said", "according",
    };

    private readonly List<(Sentence Sentence, Dictionary<string, int> Counts, int Length)> _sentences = [];
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public KeywordSearch(KnowledgeBase knowledge)
    {
        foreach (var sentence in knowledge.Articles.SelectMany(a => a.Article.Sentences))
        {
            var terms = Terms(sentence.Text);
            var counts = terms.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var term in counts.Keys)
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            _sentences.Add((sentence, counts, terms.Count));
        }
        _averageLength = _sentences.Count == 0 ? 1 : Math.Max(1, _sentences.Average(s => s.Length));
    }

    public Answer Ask(string question)
    {
        var terms = Terms(question).Distinct(StringComparer.Ordinal).ToList();
        var best = _sentences
            .Select(s => (s.Sentence, Score: terms.Sum(t => Weight(t, s.Counts, s.Length))))
            .Where(s => s.Score > 0)
            .DefaultIfEmpty()
            .MaxBy(s => s.Score);
        return best.Sentence is null
            ? new Answer(AnswerStatus.Unknown, "The article doesn't say.", [], [])
            : new Answer(AnswerStatus.Answered, best.Sentence.Text, [], []);
    }

    private double Weight(string term, Dictionary<string, int> counts, int length)
    {
        if (!counts.TryGetValue(term, out var count))
            return 0;
        var documents = _documentFrequency[term];
        var rarity = Math.Log(1 + (_sentences.Count - documents + 0.5) / (documents + 0.5));
        var norm = TermSaturation * (1 - LengthNormalisation + LengthNormalisation * length / _averageLength);
        return rarity * count * (TermSaturation + 1) / (count + norm);
    }

    private static List<string> Terms(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => !Common.Contains(w))
            .Select(w => w.Length > KeptLetters ? w[..KeptLetters] : w)];

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*|\p{N}+")]
    private static partial Regex WordPattern();
}
