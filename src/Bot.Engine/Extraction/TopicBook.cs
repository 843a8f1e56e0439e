using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Extraction;

/// <summary>A topic while drafting: the recurring phrase, its word stems, where it first occurs.</summary>
internal sealed class TopicDraft(string id, string name, HashSet<string> stems, Line line, string quote)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public HashSet<string> Stems { get; } = stems;
    public Line Line { get; } = line;
    public string Quote { get; } = quote;
    public List<string> Aliases { get; } = [];
    public int Count { get; set; }
}

/// <summary>
/// Topics are noun phrases the article keeps coming back to: runs of two or three content words that
/// recur (by stem) in different sentences. A stance whose object matches none gets a topic of its own.
/// </summary>
internal sealed class TopicBook
{
    private const int MaxTopics = 14;
    private const int MinOccurrences = 2;
    private readonly IdPool _ids;
    private readonly List<TopicDraft> _topics = [];

    public TopicBook(IReadOnlyList<Line> lines, IdPool ids)
    {
        _ids = ids;
        var seen = new Dictionary<string, (int Count, Line Line, Word First, Word Last, HashSet<int> Sentences)>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.IsReporting))
        {
            var w = line.Words;
            for (var i = 0; i < w.Count; i++)
            {
                for (var n = 2; n <= 3 && i + n <= w.Count; n++)
                {
                    if (!IsPhrase(line, i, n))
                        break;
                    var key = string.Join(' ', Enumerable.Range(i, n).Select(k => Stem(w[k])));
                    if (!seen.TryGetValue(key, out var entry))
                        entry = (0, line, w[i], w[i + n - 1], []);
                    if (entry.Sentences.Add(line.Sentence.Index))
                        entry.Count++;
                    seen[key] = entry;
                }
            }
        }
        var recurring = seen.Where(s => s.Value.Count >= MinOccurrences).ToList();
        // A phrase inside a longer one that recurs as often adds nothing.
        var kept = recurring.Where(s => !recurring.Any(o => o.Key.Length > s.Key.Length && o.Key.Contains(s.Key, StringComparison.Ordinal) && o.Value.Count >= s.Value.Count))
            .OrderByDescending(s => s.Value.Count * s.Key.Split(' ').Length).ThenBy(s => s.Value.Line.Sentence.Index).Take(MaxTopics);
        foreach (var (key, entry) in kept)
        {
            var quote = entry.Line.Text[entry.First.Start..entry.Last.End];
            _topics.Add(new TopicDraft(ids.Make(quote, "topic"), quote, [.. key.Split(' ')], entry.Line, quote) { Count = entry.Count });
        }
    }

    public IReadOnlyList<TopicDraft> All => _topics;

    /// <summary>The topic an object phrase is about: the recurring one sharing most stems, else a new one made from it.</summary>
    public TopicDraft For(Line line, int start, int end)
    {
        var words = line.Words.Where(w => w.Start >= start && w.End <= end && !NewsWords.IsFunctionWord(w.Text)).ToList();
        var stems = words.Select(Stem).ToHashSet(StringComparer.Ordinal);
        var best = _topics.Select(t => (Topic: t, Shared: t.Stems.Count(stems.Contains)))
            .Where(t => t.Shared >= Math.Min(2, t.Topic.Stems.Count)).OrderByDescending(t => t.Shared).ThenByDescending(t => t.Topic.Count).FirstOrDefault();
        if (best.Topic is not null)
            return best.Topic;
        var head = words.Take(4).ToList();
        if (head.Count == 0)
            head = line.Words.Where(w => w.Start >= start).Take(3).ToList();
        var quote = head.Count == 0 ? Quotes.Trim(line.Text[start..end]) : line.Text[head[0].Start..head[^1].End];
        var existing = _topics.FirstOrDefault(t => t.Name.Equals(quote, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
            return existing;
        var topic = new TopicDraft(_ids.Make(quote, "topic"), quote, head.Select(Stem).ToHashSet(StringComparer.Ordinal), line, quote);
        _topics.Add(topic);
        return topic;
    }

    private static bool IsPhrase(Line line, int first, int count)
    {
        for (var k = first; k < first + count; k++)
        {
            var word = line.Words[k];
            if (NewsWords.IsFunctionWord(word.Text) || word.Text.All(char.IsDigit) || Dates.IsMonth(word.Text) || word.Text.Length < 3
                || (k > first && !Words.Adjacent(line.Text, line.Words[k - 1], word)) || (k < first + count - 1 && word.Possessive))
                return false;
        }
        var last = line.Words[first + count - 1].Lower;
        var firstWord = line.Words[first].Lower;
        return !last.EndsWith("ed", StringComparison.Ordinal) && !firstWord.EndsWith("ed", StringComparison.Ordinal) && !firstWord.EndsWith("ly", StringComparison.Ordinal) && !last.EndsWith("ly", StringComparison.Ordinal);
    }

    private static string Stem(Word word) => Stemmer.Stem(word.Lower);
}
