using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    public static Country? CountryOf(string word) => Countries.ByForm.GetValueOrDefault(word);

    private void FindCountries(Line line)
    {
        foreach (var word in line.Words)
        {
            var whole = CountryOf(word.Text) ?? CountryOf(TwoWords(line, word));
            // "the Peru-Chile alliance": each half of a hyphenated pair names a country.
            var found = whole is not null ? [whole] : word.Text.Split('-').Select(CountryOf).OfType<Country>().ToList();
            foreach (var country in found)
                AddCountry(line, word, country);
        }
    }

    private void AddCountry(Line line, Word word, Country country)
    {
        if (IsPrefixed(line.Text, word.Start))
            return;
        var isCapital = word.Text == country.Capital;
        var nextIndex = line.Words.IndexOf(word) + 1;
        // "Washington Post": a capital inside a longer name is not the country.
        if (isCapital && nextIndex < line.Words.Count && Words.Adjacent(line.Text, word, line.Words[nextIndex]) && line.Words[nextIndex].IsCapitalized)
            return;
        if (!_countries.TryGetValue(country, out var actor))
        {
            actor = Add(country.Name, ActorKind.State, line, Quotes.Around(line.Text, word.Start, word.End));
            foreach (var form in country.Forms)
                actor.AddAlias(form);
            _countries[country] = actor;
        }
    }

    private static string TwoWords(Line line, Word word)
    {
        var i = line.Words.IndexOf(word);
        return i + 1 < line.Words.Count ? line.Text[word.Start..line.Words[i + 1].End] : word.Text;
    }

    private static Country? CountryIn(Line line, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < to && i < line.Words.Count; i++)
        {
            if (CountryOf(line.Words[i].Text) is { } country)
                return country;
        }
        return null;
    }

    /// <summary>"X's win sealed President Roe's legacy": an office with no country serves the one country the sentence names.</summary>
    private static Country? SoleCountry(Line line)
    {
        var countries = line.Words.Select(w => CountryOf(w.Text)).OfType<Country>().Distinct().Take(2).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    private static Country? CountryInText(string text) =>
        Words.Split(text).Select(w => CountryOf(w.Text)).FirstOrDefault(c => c is not null);
}
