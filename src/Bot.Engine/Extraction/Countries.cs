namespace Bot.Engine.Extraction;

/// <summary>A country as news writing names it: its name, the adjectives for it and its people, its capital, short forms.</summary>
internal sealed record Country(string Name, IReadOnlyList<string> Demonyms, string? Capital, IReadOnlyList<string> Aliases)
{
    /// <summary>Every form that counts as a mention of the country.</summary>
    public IEnumerable<string> Forms => new[] { Name }.Concat(Demonyms).Concat(Aliases).Concat(Capital is null ? [] : [Capital]);
}

/// <summary>
/// A small gazetteer of countries (general knowledge, not any article's): name | demonyms | capital | other names
/// (short forms and, for the countries chats name most, their two-letter codes as people type them: "kz", "ru").
/// A historical state has no capital so that its capital keeps meaning today's country.
/// </summary>
internal static class Countries
{
    private static readonly string Table = EmbeddedData.Read("countries.txt");

    public static IReadOnlyList<Country> All { get; } = Parse();

    /// <summary>Each country by every form of its name; the first country listed keeps a form two share.</summary>
    public static IReadOnlyDictionary<string, Country> ByForm { get; } = All.SelectMany(c => c.Forms.Select(f => (Form: f, Country: c)))
        .DistinctBy(f => f.Form, StringComparer.Ordinal).ToDictionary(f => f.Form, f => f.Country, StringComparer.Ordinal);

    private static List<Country> Parse()
    {
        var countries = new List<Country>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split('|');
            countries.Add(new Country(parts[0], List(parts[1]), parts[2].Length == 0 ? null : parts[2], List(parts[3])));
        }
        return countries;

        static string[] List(string cell) => cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
