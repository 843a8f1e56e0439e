namespace Bot.Engine.Text;

/// <summary>
/// Corrects a misspelt word to the closest known word that starts with the same letter, within
/// the typo allowance its rule grants for that pair of words. Answers are remembered, since
/// chats repeat their typos.
/// </summary>
public sealed class SpellingCorrector(IEnumerable<string> words, Func<string, string, int> allowance)
{
    private const int MaxRemembered = TextMemo.WorkingSet;

    /// <summary>No word is longer; a longer token is junk and is not worth remembering.</summary>
    private const int MaxRememberedLength = 64;

    private readonly Dictionary<char, string[]> _byFirstLetter = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)
        .GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly TextMemo<string> _remembered = new(MaxRemembered, MaxRememberedLength);

    /// <summary>The closest known word, or the token itself when none is close enough.</summary>
    public string Correct(string token) =>
        token.Length == 0 ? token : _remembered.GetOrAdd(token, static (t, self) => self.Closest(t), this);

    private string Closest(string token)
    {
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
        return best;
    }
}
