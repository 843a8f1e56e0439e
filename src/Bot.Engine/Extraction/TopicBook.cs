using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Extraction;

/// <summary>A topic while drafting: the recurring phrase, its word stems, where it first occurs, what the article says it is.</summary>
internal sealed class TopicDraft(string id, string name, HashSet<string> stems, Line line, string quote)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public HashSet<string> Stems { get; } = stems;
    public List<string> Aliases { get; } = [];
    public int Count { get; set; }
    public BestPhrase Description { get; } = new(line, quote);
    public Line Line => Description.Line;
    public string Quote => Description.Quote;
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}

/// <summary>
/// Topics are the places, routes, conflicts and ideas the article names ("the North Sea", "the Alder conflict"),
/// then noun phrases it keeps coming back to: runs of two or three content words that recur (by stem) in
/// different sentences. A stance whose object matches none gets a topic of its own.
/// </summary>
internal sealed class TopicBook
{
    private const int MaxTopics = 14;
    private const int MinOccurrences = 2;

    /// <summary>Words that make a recurring phrase a turn of speech, not a topic ("at the same time", "other countries").</summary>
    private static readonly HashSet<string> PhraseStops = new(StringComparer.OrdinalIgnoreCase) { "same", "other", "such", "own", "more", "most", "further", "much", "many" };
    private readonly IdPool _ids;
    private readonly List<TopicDraft> _topics = [];

    public TopicBook(IReadOnlyList<Line> lines, IdPool ids, IReadOnlyList<NamedTopic> named, IReadOnlyList<ActorDraft> actors)
    {
        _ids = ids;
        foreach (var topic in named)
        {
            var quote = topic.Line.Text[topic.Start..topic.End];
            var stems = Words.Split(topic.Name).Where(w => !NewsWords.IsFunctionWord(w.Text)).Select(Stem).ToHashSet(StringComparer.Ordinal);
            var count = lines.Count(l => l.IsReporting && l.Text.Contains(topic.Name, StringComparison.OrdinalIgnoreCase));
            _topics.Add(new TopicDraft(ids.Make(topic.Name, "topic"), topic.Name, stems, topic.Line, quote) { Count = count });
        }
        var taken = actors.SelectMany(a => a.Names).Concat(named.Select(n => n.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
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
        var verbs = UsedAsVerbs(lines);
        var recurring = seen.Where(s => s.Value.Count >= MinOccurrences).ToList();
        // A phrase inside a longer one that recurs as often adds nothing.
        var kept = recurring.Where(s => !recurring.Any(o => o.Key.Length > s.Key.Length && o.Key.Contains(s.Key, StringComparison.Ordinal) && o.Value.Count >= s.Value.Count))
            .Where(s => !IsName(taken, s.Value.Line.Text[s.Value.First.Start..s.Value.Last.End]))
            .Where(s => s.Value.Last.IsCapitalized || !verbs.Contains(s.Value.Last.Text))
            .OrderByDescending(s => s.Value.Count * s.Key.Split(' ').Length).ThenBy(s => s.Value.Line.Sentence.Index).Take(Math.Max(MaxTopics - _topics.Count, 0));
        foreach (var (key, entry) in kept)
        {
            var quote = entry.Line.Text[entry.First.Start..entry.Last.End];
            _topics.Add(new TopicDraft(ids.Make(quote, "topic"), quote, [.. key.Split(' ')], entry.Line, quote) { Count = entry.Count });
        }
    }

    /// <summary>
    /// Words the article also writes after a subject pronoun, a modal or "not" ("he wants", "will not end"): a recurring
    /// pair ending in one is a subject with its verb ("Putin wants", "wars end"), no noun phrase.
    /// </summary>
    private static HashSet<string> UsedAsVerbs(IEnumerable<Line> lines) =>
        lines.Where(l => l.IsReporting).SelectMany(l => l.Words.Skip(1).Where((_, i) => VerbCues.Contains(l.Words[i].Text) && !l.Words[i].Possessive))
            .Select(w => w.Text).Where(w => char.IsLower(w[0])).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words only a verb follows: subject pronouns, modals, "not".</summary>
    private static readonly HashSet<string> VerbCues = new(StringComparer.Ordinal)
    {
        "he", "He", "she", "She", "they", "They", "we", "We", "I", "you", "You", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not", "does", "did", "cannot",
    };

    /// <summary>An actor's name, also with a courtesy title before it ("Mrs Ruiz").</summary>
    private static bool IsName(HashSet<string> taken, string phrase) =>
        taken.Contains(phrase) || (phrase.Split(' ', 2) is [var title, var rest] && NewsWords.Honorifics.Contains(title) && taken.Contains(rest));

    public IReadOnlyList<TopicDraft> All => _topics;

    /// <summary>Two names of one topic: the one the article uses more keeps the topic, the other becomes its alias.</summary>
    public void Merge(string name, string other)
    {
        var named = _topics.Where(t => t.Names.Contains(name, StringComparer.OrdinalIgnoreCase) || t.Names.Contains(other, StringComparer.OrdinalIgnoreCase))
            .OrderByDescending(t => t.Count).ToList();
        if (named.Count == 0)
            return;
        var kept = named[0];
        foreach (var merged in named.Skip(1))
        {
            kept.Count += merged.Count;
            kept.Stems.UnionWith(merged.Stems);
            _topics.Remove(merged);
        }
        foreach (var alias in new[] { name, other }.Where(n => !kept.Names.Contains(n, StringComparer.OrdinalIgnoreCase)))
            kept.Aliases.Add(alias);
    }

    /// <summary>The topic an object phrase is about: the recurring one sharing most stems, else a new one made from it.</summary>
    public TopicDraft For(Line line, int start, int end)
    {
        var words = line.Words.Where(w => w.Start >= start && w.End <= end && !NewsWords.IsFunctionWord(w.Text)).ToList();
        // "promised €40m in military aid": the amount says how much; what it is of is the topic.
        if (words.FindIndex(w => !NewsWords.IsAmount(w.Text)) is > 0 and var counted)
            words = words[counted..];
        // "last month that the port would close": when it was said is not what it is about.
        if (words.FindIndex(w => !NewsWords.IsTimeSpan([w.Text])) is > 0 and var dated)
            words = words[dated..];
        var stems = words.Select(Stem).ToHashSet(StringComparer.Ordinal);
        var best = _topics.Select(t => (Topic: t, Shared: t.Stems.Count(stems.Contains)))
            .Where(t => t.Shared > 0 && t.Shared >= Math.Min(2, t.Topic.Stems.Count)).OrderByDescending(t => t.Shared).ThenByDescending(t => t.Topic.Count).FirstOrDefault();
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

    /// <summary>
    /// The topic a name stands for when a stance word is joined to it ("pro-Valdor"): the topic known by that name or by
    /// its word alone, else a new one of it.
    /// </summary>
    public TopicDraft Named(Line line, int start, int end)
    {
        var name = line.Text[start..end];
        var stem = Stemmer.Stem(name.ToLowerInvariant());
        var existing = _topics.FirstOrDefault(t => t.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            ?? _topics.FirstOrDefault(t => t.Stems.Count == 1 && t.Stems.Contains(stem));
        if (existing is not null)
            return existing;
        var topic = new TopicDraft(_ids.Make(name, "topic"), name, [stem], line, name);
        _topics.Add(topic);
        return topic;
    }

    /// <summary>
    /// The topic of a predicate ("basks in his recent triumph", "continues to put an emphasis on trade"): what the
    /// verb is about starts after the verb group, so the verb, its auxiliaries, adverbs and infinitives are skipped.
    /// </summary>
    public TopicDraft ForPredicate(Line line, int start, int end)
    {
        var words = line.Words.Where(w => w.Start >= start && w.End <= end).ToList();
        var at = 1;
        while (at < words.Count && IsVerbGroup(words[at - 1], words[at]))
            at++;
        if (at >= words.Count)
            return For(line, start, end);
        var known = _topics.Count;
        var topic = For(line, words[at].Start, end);
        // A topic made here is also known by the words with its verb, as the article puts it.
        var content = words.Where(w => !NewsWords.IsFunctionWord(w.Text)).Take(4).ToList();
        var phrase = content.Count == 0 ? null : line.Text[content[0].Start..content[^1].End];
        if (_topics.Count > known && phrase is not null && !topic.Names.Contains(phrase, StringComparer.OrdinalIgnoreCase))
            topic.Aliases.Add(phrase);
        return topic;
    }

    private static bool IsVerbGroup(Word previous, Word word) =>
        NewsWords.IsFunctionWord(word.Text) || word.Lower.EndsWith("ly", StringComparison.Ordinal) || Reflexives.Contains(word.Text)
        || (previous.Lower is "to" or "has" or "have" or "had" && !word.IsCapitalized)
        || (previous.Lower is "be" or "been" or "being" && (word.Lower.EndsWith("ing", StringComparison.Ordinal) || word.Lower.EndsWith("ed", StringComparison.Ordinal)));

    private static readonly HashSet<string> Reflexives = new(StringComparer.OrdinalIgnoreCase) { "itself", "himself", "herself", "themselves", "oneself" };

    private static bool IsPhrase(Line line, int first, int count)
    {
        if (NewsWords.Prepositions.Contains(line.Words[first].Text) || IsAdjective(line.Words[first + count - 1].Text))
            return false;
        for (var k = first; k < first + count; k++)
        {
            var word = line.Words[k];
            // "the mayor said", "told reporters": a phrase that recurs because people keep speaking is no topic.
            if (NewsWords.IsFunctionWord(word.Text) || PhraseStops.Contains(word.Text) || Verbs.IsReporting(word.Text) || word.Text.All(char.IsDigit) || Dates.IsMonth(word.Text) || word.Text.Length < 3
                || (k > first && !Words.Adjacent(line.Text, line.Words[k - 1], word)) || (k < first + count - 1 && word.Possessive))
                return false;
        }
        // "recent years", "last decade": when something happened is not what it is about.
        if (NewsWords.IsTimeSpan(line.Words.Skip(first).Take(count).Select(w => w.Text)))
            return false;
        var last = line.Words[first + count - 1].Lower;
        var firstWord = line.Words[first].Lower;
        return !last.EndsWith("ed", StringComparison.Ordinal) && !firstWord.EndsWith("ed", StringComparison.Ordinal) && !firstWord.EndsWith("ly", StringComparison.Ordinal) && !last.EndsWith("ly", StringComparison.Ordinal);
    }

    private static string Stem(Word word) => Stemmer.Stem(word.Lower);

    /// <summary>"Central Asian", "geopolitical": a phrase ending in an adjective only modifies what follows.</summary>
    public static bool IsAdjective(string word) =>
        word.EndsWith("ical", StringComparison.Ordinal)
        || (char.IsUpper(word[0]) && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)));
}
