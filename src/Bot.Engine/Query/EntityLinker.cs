using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>One way of naming an entity. Weak aliases (a first name) may fit several people.</summary>
internal sealed record Alias(string Text, string EntityId, bool Weak);

/// <summary>A span of the question that names entities (more than one candidate actor means it is ambiguous).</summary>
internal sealed record Mention(int Start, int Length, IReadOnlyList<string> Candidates, string? Pronoun = null);

/// <summary>
/// Finds the entities a text names: the longest alias wins, typos within the allowance of
/// <see cref="EditDistance"/> are corrected first, and words like "is" only count as an alias
/// when written in capitals ("IS").
/// </summary>
internal sealed class EntityLinker
{
    private readonly Dictionary<string, List<(string Id, bool Weak, bool Shouted)>> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _entities;
    private readonly SpellingCorrector _corrector;

    /// <summary>The beginnings of multi-word aliases, so a span stops growing as soon as no alias can start that way.</summary>
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private HashSet<string> _vocabulary = [];
    private readonly int _maxTokens;

    /// <summary>How many texts' mentions are remembered, and the longest remembered (a question, an answer, a fact's text).</summary>
    private const int MaxRemembered = TextMemo.WorkingSet;
    private const int MaxRememberedLength = 1000;

    private readonly TextMemo<HashSet<string>> _mentioned = new(MaxRemembered, MaxRememberedLength);
    private readonly TextMemo<HashSet<string>> _actorsMentioned = new(MaxRemembered, MaxRememberedLength);
    private readonly TextMemo<Mention[]> _linked = new(MaxRemembered, MaxRememberedLength);

    public EntityLinker(Dictionary<string, Entity> entities, IEnumerable<Alias> aliases)
    {
        _entities = entities;
        var words = new HashSet<string>(StringComparer.Ordinal);
        var nameParts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            var tokens = Tokenizer.Tokenize(TextNormalizer.Clean(alias.Text));
            if (tokens.Count == 0)
                continue;
            var stems = tokens.ConvertAll(Stemmer.Stem);
            var key = string.Join(' ', stems);
            for (var length = 1; length < stems.Count; length++)
                _prefixes.Add(string.Join(' ', stems.Take(length)));
            // A one-word alias that is also an everyday word only counts when typed in capitals.
            var shouted = tokens.Count == 1 && Vocabulary.Stopwords.Contains(tokens[0]);
            if (!_aliases.TryGetValue(key, out var list))
                _aliases[key] = list = [];
            if (!list.Any(e => e.Id == alias.EntityId && e.Weak == alias.Weak))
                list.Add((alias.EntityId, alias.Weak, shouted));
            _maxTokens = Math.Max(_maxTokens, tokens.Count);
            foreach (var token in tokens.Where(t => t.Length >= 4 && !Vocabulary.Stopwords.Contains(t)))
                words.Add(token);
            if (alias.Weak && tokens.Count == 1 && tokens[0].Length >= MinShortenedName + 2 && entities.TryGetValue(alias.EntityId, out var person) && person.IsPerson)
                nameParts.Add(tokens[0]);
        }
        _nameParts = [.. nameParts];
        _corrector = new SpellingCorrector(words, NameAllowance);
    }

    /// <summary>Single words of people's names, long enough that a user may shorten them ("luka" for "lukashenko"), in ordinal order.</summary>
    private readonly string[] _nameParts;

    /// <summary>The fewest letters a shortened name keeps to be read as the name.</summary>
    private const int MinShortenedName = 4;

    public void UseVocabulary(HashSet<string> vocabulary) => _vocabulary = vocabulary;

    /// <summary>
    /// Every entity a piece of article or annotation text names outright, also inside longer names
    /// ("the visit of the mayor" names the mayor too). No typos, no first names. Remembered, since answers
    /// quote the same facts again and again; the sets are shared, so read only.
    /// </summary>
    public IReadOnlySet<string> MentionedIn(string text, bool actorsOnly = false) => actorsOnly
        ? _actorsMentioned.GetOrAdd(text, static (t, linker) => linker.Find(t, actorsOnly: true), this)
        : _mentioned.GetOrAdd(text, static (t, linker) => linker.Find(t, actorsOnly: false), this);

    private HashSet<string> Find(string text, bool actorsOnly)
    {
        var tokens = Tokenizer.Tokens(TextNormalizer.Clean(text), lowercase: false);
        var stems = tokens.Select(t => Stemmer.Stem(t.ToLowerInvariant())).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>(_maxTokens);
        for (var i = 0; i < stems.Count; i++)
        {
            var shouted = IsShouted(tokens[i]);
            SpanKeys(stems, i, keys);
            foreach (var key in keys)
            {
                if (_aliases.TryGetValue(key, out var entries))
                    ids.UnionWith(entries.Where(e => !e.Weak && (!e.Shouted || shouted) && (!actorsOnly || _entities[e.Id].IsActor)).Select(e => e.Id));
            }
        }
        return ids;
    }

    /// <summary>Links the tokens of a question (case kept) to entities and pronouns.</summary>
    /// <summary>
    /// The names a piece of article text gives, as <see cref="Link"/> finds them among its case-kept tokens. Remembered:
    /// the checks of every answer read the same few sentences.
    /// </summary>
    public IReadOnlyList<Mention> LinkText(string text) =>
        _linked.GetOrAdd(text, static (t, linker) => [.. linker.Link(Tokenizer.Tokens(t, lowercase: false))], this);

    public List<Mention> Link(IReadOnlyList<string> tokens)
    {
        var lower = new List<string>(tokens.Count);
        foreach (var token in tokens)
            lower.Add(Correct(token.ToLowerInvariant()));
        var stems = lower.ConvertAll(Stemmer.Stem);
        var mentions = new List<Mention>();
        var keys = new List<string>(_maxTokens);
        for (var i = 0; i < stems.Count;)
        {
            var found = false;
            SpanKeys(stems, i, keys);
            for (var length = keys.Count; length >= 1 && !found; length--)
            {
                if (!_aliases.TryGetValue(keys[length - 1], out var entries))
                    continue;
                if (Candidates(entries, IsShouted(tokens[i])) is not { } candidates)
                    continue;
                mentions.Add(new Mention(i, length, candidates));
                i += length;
                found = true;
            }
            if (found)
                continue;
            // "the second guy", "the latter": one of the people the last answer named, by the order it named them in.
            if (OrdinalPointer(lower, i) is { } span)
            {
                mentions.Add(new Mention(i, span, [], lower[i]));
                i += span;
                continue;
            }
            // "that guy" points back; "the bodybuilder guy" is described by the word before it.
            if (Vocabulary.Pronouns.TryGetValue(lower[i], out var pronoun) && !(lower[i] is "guy" or "dude" or "fella" && i > 0 && !Vocabulary.Stopwords.Contains(lower[i - 1])))
                mentions.Add(new Mention(i, 1, [], pronoun));
            i++;
        }
        return mentions;
    }

    /// <summary>Words after "the first guy" that go on to describe him, so that he is no one named before.</summary>
    private static readonly HashSet<string> DescribingAfter = new(StringComparer.Ordinal)
    {
        "to", "who", "whom", "that", "which", "of", "in", "on", "at", "ever", "among", "from", "with", "since", "elected", "named",
    };

    /// <summary>How many words an ordinal pointing back at a person spans at <paramref name="i"/> ("the first guy": 2), or null.</summary>
    private static int? OrdinalPointer(List<string> lower, int i)
    {
        if (i == 0 || lower[i - 1] != "the" || !Vocabulary.OrdinalPointers.ContainsKey(lower[i]))
            return null;
        // "the first woman to lead it", "the second man who spoke": described by what follows, not pointed back at.
        if (i + 1 < lower.Count && Vocabulary.PointedPersonNouns.Contains(lower[i + 1]))
            return i + 2 < lower.Count && DescribingAfter.Contains(lower[i + 2]) ? null : 2;
        return null;
    }

    /// <summary>The entities an alias may name as typed: the strong ones when there are any, each once, in the order known; none when only shouting would make it a name.</summary>
    private static List<string>? Candidates(List<(string Id, bool Weak, bool Shouted)> entries, bool shouted)
    {
        List<string>? strong = null;
        List<string>? usable = null;
        foreach (var (id, weak, needsShouting) in entries)
        {
            if (needsShouting && !shouted)
                continue;
            usable ??= [];
            if (!usable.Contains(id))
                usable.Add(id);
            if (!weak && !(strong ??= []).Contains(id))
                strong.Add(id);
        }
        return strong ?? usable;
    }

    /// <summary>A word typed in capitals ("IS"), more than one letter long.</summary>
    public static bool IsShouted(string token)
    {
        if (token.Length < 2)
            return false;
        // A plain loop: this runs for every word of every question.
        foreach (var c in token)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
                return false;
        }
        return true;
    }

    /// <summary>Whether a mention's candidates name more than one actor, so the user must choose.</summary>
    public bool IsAmbiguous(Mention mention)
    {
        // A plain loop: every mention of every question asks it.
        var actors = 0;
        for (var i = 0; i < mention.Candidates.Count; i++)
        {
            if (_entities[mention.Candidates[i]].IsActor && ++actors > 1)
                return true;
        }
        return false;
    }

    private string Correct(string token)
    {
        // A word of general English ("finish") is what it says, not a misspelt name ("Finnish").
        if (token.Length < 4 || !AllLetters(token) || Vocabulary.Stopwords.Contains(token) || _vocabulary.Contains(token)
            || _aliases.ContainsKey(Stemmer.Stem(token)) || Vocabulary.ThesaurusWords.Contains(token))
            return token;
        var corrected = _corrector.Correct(token);
        return corrected != token ? corrected : Shortened(token) ?? token;
    }

    // A plain loop: this runs for every word of every question, and a method group would allocate a delegate each time.
    public static bool AllLetters(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetter(c))
                return false;
        }
        return true;
    }

    /// <summary>The one name part a word is the start of ("luka" of "lukashenko"), if exactly one.</summary>
    private string? Shortened(string token)
    {
        if (token.Length < MinShortenedName || Vocabulary.ThesaurusWords.Contains(token))
            return null;
        // The parts the token starts stand together in order, from where the token would stand.
        var first = Array.BinarySearch(_nameParts, token, StringComparer.Ordinal);
        if (first < 0)
            first = ~first;
        var startsOne = first < _nameParts.Length && _nameParts[first].StartsWith(token, StringComparison.Ordinal)
            && !(first + 1 < _nameParts.Length && _nameParts[first + 1].StartsWith(token, StringComparison.Ordinal));
        return startsOne ? _nameParts[first] : null;
    }

    /// <summary>Typos allowed between a typed word and a name's word: by the shorter length, never more than it can bear.</summary>
    private static int NameAllowance(string typed, string name) =>
        EditDistance.Allowance(Math.Min(typed.Length, name.Length));

    /// <summary>
    /// The alias keys (stems joined by spaces) for each span length starting at <paramref name="start"/>, into
    /// <paramref name="keys"/>: one list serves a whole text, as this runs for every word.
    /// </summary>
    private void SpanKeys(List<string> stems, int start, List<string> keys)
    {
        keys.Clear();
        keys.Add(stems[start]);
        for (var length = 2; length <= Math.Min(_maxTokens, stems.Count - start) && _prefixes.Contains(keys[^1]); length++)
            keys.Add(keys[^1] + " " + stems[start + length - 1]);
    }
}
