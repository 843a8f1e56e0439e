using System.Collections.Concurrent;

namespace Bot.Engine.Text;

/// <summary>
/// Corrects a misspelt word to the closest known word that starts with the same letter, within
/// the typo allowance its rule grants for that pair of words. Answers are remembered, since
/// chats repeat their typos.
/// </summary>
public sealed class SpellingCorrector(IEnumerable<string> words, Func<string, string, int> allowance)
{
    private const int MaxRemembered = 20_000;

    private readonly Dictionary<char, string[]> _byFirstLetter = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)
        .GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly ConcurrentDictionary<string, string> _remembered = new(StringComparer.Ordinal);

    /// <summary>The closest known word, or the token itself when none is close enough.</summary>
    public string Correct(string token)
    {
        if (token.Length == 0)
            return token;
        if (_remembered.TryGetValue(token, out var known))
            return known;
        var best = token;
        var bestDistance = int.MaxValue;
        foreach (var word in _byFirstLetter.GetValueOrDefault(token[0]) ?? [])
        {
            var allowed = allowance(token, word);
            if (allowed <= 0 || Math.Abs(word.Length - token.Length) > allowed)
                continue;
            var distance = EditDistance.Compute(token, word, allowed);
            if (distance <= allowed && distance < bestDistance)
            {
                best = word;
                bestDistance = distance;
            }
        }
        if (_remembered.Count >= MaxRemembered)
            _remembered.Clear();
        _remembered[token] = best;
        return best;
    }
}
