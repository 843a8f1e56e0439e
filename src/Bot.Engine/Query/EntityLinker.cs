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
    private readonly List<string> _aliasWords = [];
    private HashSet<string> _vocabulary = [];
    private readonly int _maxTokens;

    public EntityLinker(Dictionary<string, Entity> entities, IEnumerable<Alias> aliases)
    {
        _entities = entities;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            var tokens = Tokenizer.Tokenize(TextNormalizer.Clean(alias.Text));
            if (tokens.Count == 0)
                continue;
            var key = string.Join(' ', tokens.Select(Stemmer.Stem));
            // A one-word alias that is also an everyday word only counts when typed in capitals.
            var shouted = tokens.Count == 1 && Lexicon.Stopwords.Contains(tokens[0]);
            if (!_aliases.TryGetValue(key, out var list))
                _aliases[key] = list = [];
            if (!list.Any(e => e.Id == alias.EntityId && e.Weak == alias.Weak))
                list.Add((alias.EntityId, alias.Weak, shouted));
            _maxTokens = Math.Max(_maxTokens, tokens.Count);
            foreach (var token in tokens.Where(t => t.Length >= 4 && !Lexicon.Stopwords.Contains(t)))
                words.Add(token);
        }
        _aliasWords.AddRange(words);
    }

    public void UseVocabulary(HashSet<string> vocabulary) => _vocabulary = vocabulary;

    /// <summary>
    /// Every entity a piece of article or annotation text names outright, also inside longer names
    /// ("the struggle against Assad" names Assad too). No typos, no first names.
    /// </summary>
    public HashSet<string> MentionedIn(string text, bool actorsOnly = false)
    {
        var tokens = Tokenizer.Tokenize(TextNormalizer.Clean(text), lowercase: false);
        var stems = tokens.ConvertAll(t => Stemmer.Stem(t.ToLowerInvariant()));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Count; i++)
        {
            var shouted = tokens[i].Length > 1 && tokens[i].All(c => !char.IsLetter(c) || char.IsUpper(c));
            for (var length = 1; length <= Math.Min(_maxTokens, stems.Count - i); length++)
            {
                if (_aliases.TryGetValue(string.Join(' ', stems.Skip(i).Take(length)), out var entries))
                    ids.UnionWith(entries.Where(e => !e.Weak && (!e.Shouted || shouted) && (!actorsOnly || _entities[e.Id].IsActor)).Select(e => e.Id));
            }
        }
        return ids;
    }

    /// <summary>Links the tokens of a question (case kept) to entities and pronouns.</summary>
    public List<Mention> Link(IReadOnlyList<string> tokens, bool correctTypos)
    {
        var lower = tokens.Select(t => t.ToLowerInvariant()).ToList();
        if (correctTypos)
        {
            for (var i = 0; i < lower.Count; i++)
                lower[i] = Correct(lower[i]);
        }
        var stems = lower.ConvertAll(Stemmer.Stem);
        var mentions = new List<Mention>();
        for (var i = 0; i < stems.Count;)
        {
            var found = false;
            for (var length = Math.Min(_maxTokens, stems.Count - i); length >= 1 && !found; length--)
            {
                if (!_aliases.TryGetValue(string.Join(' ', stems.Skip(i).Take(length)), out var entries))
                    continue;
                var shouted = tokens[i].Length > 1 && tokens[i].All(c => !char.IsLetter(c) || char.IsUpper(c));
                var usable = entries.Where(e => !e.Shouted || shouted).ToList();
                if (usable.Count == 0)
                    continue;
                var strong = usable.Where(e => !e.Weak).Select(e => e.Id).Distinct().ToList();
                var candidates = strong.Count > 0 ? strong : usable.Select(e => e.Id).Distinct().ToList();
                if (!correctTypos && strong.Count == 0)
                    continue;
                mentions.Add(new Mention(i, length, candidates));
                i += length;
                found = true;
            }
            if (found)
                continue;
            if (correctTypos && Lexicon.Pronouns.TryGetValue(lower[i], out var pronoun))
                mentions.Add(new Mention(i, 1, [], pronoun));
            i++;
        }
        return mentions;
    }

    /// <summary>Whether a mention's candidates name more than one actor, so the user must choose.</summary>
    public bool IsAmbiguous(Mention mention) => mention.Candidates.Count(id => _entities[id].IsActor) > 1;

    private string Correct(string token)
    {
        if (token.Length < 4 || Lexicon.Stopwords.Contains(token) || _vocabulary.Contains(token)
            || _aliases.ContainsKey(Stemmer.Stem(token)) || !token.All(char.IsLetter))
            return token;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var word in _aliasWords)
        {
            var allowance = EditDistance.Allowance(Math.Min(word.Length, token.Length));
            if (allowance == 0 || Math.Abs(word.Length - token.Length) > allowance || word[0] != token[0] && allowance < 2)
                continue;
            var distance = EditDistance.Compute(token, word, allowance);
            if (distance <= allowance && distance < bestDistance)
            {
                best = word;
                bestDistance = distance;
            }
        }
        return best ?? token;
    }
}
