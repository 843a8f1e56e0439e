using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>A state the gazetteer lacks, with the sentence and words that show it to be one.</summary>
internal sealed record ArticleState(Country Country, Line Line, string Quote);

/// <summary>
/// States the gazetteer does not know (a small, breakaway or invented country) that the article's own wording shows to
/// be states: a name owning a state's organ ("Ostrava's Foreign Minister Jo Roe", "Ostrava's parliament"), the capital
/// of a name or of its adjective ("the Ostravan capital, Velk", "Velk, the capital of Ostrava"), the name's adjective
/// before a state's people or organs ("Ostravan troops") or a name that acts beside named countries ("Ostrava has
/// denied this, and Peru and Chile have urged talks"). A name the article already gives to a person, a body or a
/// place is not a state, and neither is a region ("Europe") or a known country's capital.
/// </summary>
internal static partial class ArticleStates
{
    /// <summary>Adjective endings that make a word a people's or a state's adjective ("Ostravan", "Velkese", "Ostrish").</summary>
    private static readonly string[] DemonymEndings = ["ian", "ean", "an", "ese", "ish", "ic", "i", "n"];

    /// <summary>The shortest stem a name and its adjective share ("Ostr" of "Ostrava" and "Ostravan").</summary>
    private const int MinStem = 4;

    /// <summary>Lower-case nouns after an adjective that make it a state's ("Ostravan troops", "the Ostravan government").</summary>
    private static readonly HashSet<string> StateNouns = new(
        ["government", "parliament", "army", "military", "navy", "troops", "forces", "officials", "authorities", "diplomats",
         "president", "minister", "ministry", "leader", "leadership", "capital", "embassy", "ambassador", "border", "territory",
         "citizens", "soldiers", "state", "regime", "cabinet", "envoy", "side"], StringComparer.Ordinal);

    public static List<ArticleState> Find(IReadOnlyList<Line> lines, Func<string, bool> isTaken)
    {
        var found = new Dictionary<string, (string? Demonym, string? Capital, Line Line, string Quote)>(StringComparer.Ordinal);
        var names = NameWords(lines);
        var inNames = InLongerNames(lines);
        foreach (var line in lines.Where(l => l.IsReporting))
        {
            foreach (Match m in OwnedOrgan().Matches(line.Text))
                Note(m.Groups["name"].Value, null, null, line, m.Value);
            foreach (Match m in CapitalOfName().Matches(line.Text))
                Note(m.Groups["name"].Value, null, m.Groups["city"].Value, line, m.Value);
            foreach (Match m in CapitalOfDemonym().Matches(line.Text))
            {
                if (NamedBy(m.Groups["demonym"].Value, names) is { } name)
                    Note(name, m.Groups["demonym"].Value, m.Groups["city"].Value, line, m.Value);
            }
            foreach (Match m in DemonymBeforeNoun().Matches(line.Text))
            {
                if (StateNouns.Contains(m.Groups["noun"].Value) && NamedBy(m.Groups["demonym"].Value, names) is { } name)
                    Note(name, m.Groups["demonym"].Value, null, line, m.Value);
            }
            if (KnownCountryIn(line))
            {
                foreach (Match m in ActingName().Matches(line.Text))
                    Note(m.Groups["name"].Value, null, null, line, line.Text.Trim());
            }
        }
        return found.Select(f => new ArticleState(new Country(f.Key, f.Value.Demonym is null ? [] : [f.Value.Demonym], f.Value.Capital, []), f.Value.Line, f.Value.Quote))
            .ToList();

        void Note(string name, string? demonym, string? capital, Line line, string quote)
        {
            if (inNames.Contains(name) || !IsCandidate(name, isTaken) || (capital is not null && !IsCandidate(capital, isTaken)))
                return;
            // The sentence naming the capital is the one to quote: it says the most of the state.
            if (found.TryGetValue(name, out var known))
                found[name] = known.Capital is null && capital is not null ? (known.Demonym ?? demonym, capital, line, quote) : (known.Demonym ?? demonym, known.Capital, known.Line, known.Quote);
            else
                found[name] = (demonym ?? Demonym(name, names), capital, line, quote);
        }
    }

    /// <summary>A single capitalised word no table (of countries, bodies, public figures) or earlier finding gives another meaning.</summary>
    private static bool IsCandidate(string name, Func<string, bool> isTaken) =>
        name.Length > 2 && !isTaken(name) && ActorFinder.CountryOf(name) is null && !WellKnownBodies.Knows(name)
        && !Query.Vocabulary.WorldFigures.Contains(name.ToLowerInvariant()) && !NewsWords.IsFunctionWord(name)
        && !NewsWords.PlaceHeads.Contains(name) && !NewsWords.PlaceOpeners.Contains(name) && !NewsWords.IsTitle(name)
        && !Dates.IsMonth(name) && !NewsWords.OrganisationHeads.Contains(name);

    /// <summary>Whether the sentence names a country of the gazetteer by its name (not its capital or adjective).</summary>
    private static bool KnownCountryIn(Line line) =>
        line.Words.Any(w => ActorFinder.CountryOf(w.Text) is { } c && c.Name == w.Text);

    /// <summary>The article's capitalised words, each written alone at least once.</summary>
    private static HashSet<string> NameWords(IReadOnlyList<Line> lines) =>
        lines.SelectMany(l => l.Words).Where(w => w.IsCapitalized && w.Text.All(char.IsLetter)).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Words the article writes inside a longer name ("Jo Roe", "Acme Shipping"): a person's or a body's, where a state's
    /// name stands alone or owns what follows it ("Ostrava's parliament").
    /// </summary>
    private static HashSet<string> InLongerNames(IReadOnlyList<Line> lines)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.IsReporting))
        {
            var w = line.Words;
            for (var i = 1; i < w.Count; i++)
            {
                if (w[i - 1].IsCapitalized && w[i].IsCapitalized && !NewsWords.IsFunctionWord(w[i - 1].Text) && Words.Adjacent(line.Text, w[i - 1], w[i]))
                    parts.UnionWith([w[i - 1].Text, w[i].Text]);
            }
        }
        return parts;
    }

    /// <summary>The name in the article an adjective is made from: "Ostravan" of "Ostrava", "Velkese" of "Velk".</summary>
    private static string? NamedBy(string demonym, HashSet<string> names) =>
        ActorFinder.CountryOf(demonym) is not null ? null
            : names.Where(n => n != demonym && IsDemonymOf(demonym, n)).OrderByDescending(n => n.Length).FirstOrDefault();

    /// <summary>The adjective the article makes of a name, if it uses one.</summary>
    private static string? Demonym(string name, HashSet<string> names) => names.FirstOrDefault(d => d != name && IsDemonymOf(d, name));

    public static bool IsDemonymOf(string demonym, string name)
    {
        var ending = DemonymEndings.FirstOrDefault(e => demonym.Length >= e.Length + MinStem && demonym.EndsWith(e, StringComparison.Ordinal));
        if (ending is null)
            return false;
        var stem = demonym[..^ending.Length];
        // "Ostrava" → "Ostravan", "Velk" → "Velkese", "Ostland" → "Ostlandic", "Ruritania" → "Ruritanian", and as
        // "England" → "English": "Morland" → "Morlish".
        return name == stem || (name.StartsWith(stem, StringComparison.Ordinal) && name.Length - stem.Length <= 2 && "aeiouy".Contains(name[^1], StringComparison.Ordinal))
            || (ending == "ish" && name == stem + "and");
    }

    /// <summary>"Ostrava's Foreign Minister", "Ostrava's parliament": a single name owning a state's office or organ.</summary>
    [GeneratedRegex(@"(?<!\p{Lu}[\p{L}\-]*[ ])(?<![\p{L}\-])(?<name>\p{Lu}\p{Ll}+)['\u2019]s (?:(?:(?:[Pp]rime|[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Ee]conomy|[Jj]ustice|[Dd]eputy) )+[Mm]inister|[Mm]inister of\b|government|parliament|armed forces|army|navy|embassy|ambassador|foreign ministry|defen[cs]e ministry|border guards)\b")]
    private static partial Regex OwnedOrgan();

    /// <summary>"the capital of Ostrava, Velk", "Velk, the capital of Ostrava", "Ostrava's capital, Velk", "Velk, Ostrava's capital".</summary>
    [GeneratedRegex(@"\b(?:[Tt]he capital of (?<name>\p{Lu}\p{Ll}+), (?<city>\p{Lu}\p{Ll}+)|(?<city>\p{Lu}\p{Ll}+), (?:the capital of (?<name>\p{Lu}\p{Ll}+)|(?<name>\p{Lu}\p{Ll}+)['\u2019]s capital)|(?<name>\p{Lu}\p{Ll}+)['\u2019]s capital, (?<city>\p{Lu}\p{Ll}+))\b")]
    private static partial Regex CapitalOfName();

    /// <summary>"the Ostravan capital, Velk", "Velk, the Ostravan capital".</summary>
    [GeneratedRegex(@"\b(?:[Tt]he (?<demonym>\p{Lu}\p{Ll}+) capital, (?<city>\p{Lu}\p{Ll}+)|(?<city>\p{Lu}\p{Ll}+), the (?<demonym>\p{Lu}\p{Ll}+) capital)\b")]
    private static partial Regex CapitalOfDemonym();

    /// <summary>An adjective written before a lower-case noun ("Ostravan troops").</summary>
    [GeneratedRegex(@"(?<!\p{Lu}[\p{L}\-]*[ ])(?<![\p{L}\-])(?<demonym>\p{Lu}\p{Ll}+) (?<noun>\p{Ll}+)\b")]
    private static partial Regex DemonymBeforeNoun();

    /// <summary>
    /// A single name opening a clause and acting in it: "Ostrava has denied this", "Ostrava and Peru urged ...".
    /// </summary>
    [GeneratedRegex(@"(?:^|[,;:] (?:and |but |while )?|\b(?:and|but|while) )(?<name>\p{Lu}\p{Ll}+) (?:(?:has|have|had|was|is|also|later|then|has also|had also) )?(?:denied|rejected|accused|insisted|denies|rejects|refused|refuses|warned|condemned|protested|demanded|threatened|responded|retaliated|closed|recalled|expelled)\b")]
    private static partial Regex ActingName();
}
