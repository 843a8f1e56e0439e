using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>"Peru's capital", "the fight for its capital": the city the world knows as that capital, which articles name instead.</summary>
internal static partial class QuestionParser
{
    /// <summary>
    /// The words of the capital the question's "capital" stands for, when the articles never say "capital" but do name
    /// that city: the one country the question names with a capital the articles write. A capital is general knowledge,
    /// so "based in Peru's capital?" asks whether it is based in Lima. Null when no article names it (then the
    /// capital is an attribute the articles lack) or when the question names several such countries.
    /// </summary>
    private static IReadOnlyList<string>? CapitalNamed(KnowledgeIndex index, List<string> caseTokens, int at)
    {
        if (!caseTokens[at].Equals("capital", StringComparison.OrdinalIgnoreCase) || index.Knows(Stemmer.Stem("capital")))
            return null;
        var capitals = caseTokens.Select(CountryOf).OfType<Extraction.Country>().Select(c => c.Capital).OfType<string>()
            .Where(city => city.Split(' ').All(w => index.Knows(Stemmer.Stem(w.ToLowerInvariant())))).Distinct().ToList();
        return capitals.Count == 1 ? [.. capitals[0].Split(' ').Select(w => Stemmer.Stem(w.ToLowerInvariant()))] : null;
    }

    /// <summary>
    /// The words of another name of the country a word the articles never use names, which the articles write instead:
    /// "the RU flag?" of an article writing "the Republic of Ruritania" asks of that country, as its code or short form is
    /// general knowledge. Null when the word names no country, or no other name of it is one every word of which the
    /// articles use (then the country is one they never mention). The country's capital is another place, not its name.
    /// </summary>
    private static IReadOnlyList<string>? CountryNamedOtherwise(KnowledgeIndex index, List<string> caseTokens, int at)
    {
        var typed = caseTokens[at].ToLowerInvariant();
        if ((CountryOf(caseTokens[at]) ?? CountryOf(caseTokens[at].ToUpperInvariant())) is not { } country
            || string.Equals(country.Capital, caseTokens[at], StringComparison.OrdinalIgnoreCase))
            return null;
        // A two-letter code ("BY", "US") is a common word in lowercase, which says nothing of the country; nor does its
        // adjective ("anti-Ruritanian protests"), which names no stance or deed of the country's own.
        return new[] { country.Name }.Concat(country.Aliases).Where(form => form.Length > MaxCodeLength)
            .Select(form => form.ToLowerInvariant().Split(' '))
            .FirstOrDefault(words => !(words is [var one] && one == typed) && words.All(index.KnownWords.Contains))
            ?.Select(Stemmer.Stem).ToList();
    }

    /// <summary>How long a country's code may be ("BY", "UA"): shorter forms than names.</summary>
    private const int MaxCodeLength = 2;

    /// <summary>The country a token names, typed as a name or in lowercase ("peru's", "chiles").</summary>
    private static Extraction.Country? CountryOf(string token)
    {
        if (token.Length < 3)
            return null;
        if (Extraction.Countries.ByForm.TryGetValue(token, out var typed))
            return typed;
        var titled = char.ToUpperInvariant(token[0]) + token[1..].ToLowerInvariant();
        return Extraction.Countries.ByForm.TryGetValue(titled, out var country) ? country
            : titled.EndsWith('s') && Extraction.Countries.ByForm.TryGetValue(titled[..^1], out var possessive) ? possessive : null;
    }
}
