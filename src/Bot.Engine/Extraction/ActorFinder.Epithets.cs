using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    private const int MaxEpithetModifiers = 3;

    /// <summary>
    /// A definite description the article uses for someone: from its first capitalised word (when it has one, it is a
    /// name) to its last, the offices it stands for, the countries and other names it gives, whether it means a past holder.
    /// </summary>
    private sealed record Epithet(int? NameFrom, int Last, string[] Offices, HashSet<Country> Countries, List<string> Required, bool Former);

    /// <summary>
    /// "Roe ... the Ruritanian leader", "Roe ... the 62-year-old president": a description that fits exactly one person
    /// named by then (the role holds the office the noun stands for, the country matches) is that person. Written with a
    /// country or seat of power it becomes another name of theirs; otherwise only that mention is theirs.
    /// </summary>
    private void LinkEpithets()
    {
        var people = _actors.Where(a => a.Kind == ActorKind.Person && a.Role is not null).ToList();
        var firstNamed = people.ToDictionary(p => p, p => _lines.FindIndex(l => p.Names.Any(n => ContainsName(l.Text, n))));
        for (var index = 0; index < _lines.Count; index++)
        {
            var line = _lines[index];
            if (!line.IsReporting)
                continue;
            for (var t = 0; t < line.Words.Count; t++)
            {
                if (ReadEpithet(line, t) is not { } epithet)
                    continue;
                var fits = people.Where(p => firstNamed[p] >= 0 && firstNamed[p] <= index && Fits(epithet, p)).Take(2).ToList();
                if (fits.Count != 1)
                    continue;
                var w = line.Words;
                if (epithet.NameFrom is { } from)
                    fits[0].AddAlias(line.Text[w[from].Start..w[epithet.Last].End]);
                else
                    fits[0].Spans.Add((line, w[t + 1].Start, w[epithet.Last].End));
            }
        }
    }

    /// <summary>
    /// "the [modifiers] noun" from the word after "the", or "Country's [modifiers] noun" from the country on, when every
    /// modifier is understood and nothing follows the noun.
    /// </summary>
    private static Epithet? ReadEpithet(Line line, int the)
    {
        var w = line.Words;
        var owner = w[the].Possessive && w[the].IsCapitalized ? CountryOf(w[the].Text) : null;
        if (w[the].Lower != "the" && owner is null)
            return null;
        var countries = owner is null ? new HashSet<Country>() : [owner];
        var required = new List<string>();
        var former = false;
        int? first = owner is null ? null : the;
        for (var i = the + 1; i < w.Count && i <= the + MaxEpithetModifiers + 1; i++)
        {
            // The possessive's own ending stands between the country and what follows it.
            if (!Words.Adjacent(line.Text, w[i - 1], w[i]) && !(i == the + 1 && owner is not null && line.Text.AsSpan(w[the].FullEnd, w[i].Start - w[the].FullEnd).Trim().IsEmpty))
                return null;
            if (NounAt(line, i) is { } end)
                return Closes(line, end) ? new Epithet(first, end, Epithets.Offices[Lowered(w, i, end)], countries, required, former) : null;
            if (w[i].IsCapitalized)
                first ??= i;
            if (w[i].IsCapitalized && (CountryOf(w[i].Text) ?? CountryOf(TwoWords(line, w[i]))) is { } country)
            {
                countries.Add(country);
                i += CountryOf(w[i].Text) is null ? 1 : 0;
            }
            else if (w[i].IsCapitalized && !NewsWords.IsFunctionWord(w[i].Text))
                required.Add(w[i].Text);
            else if (Epithets.Former.Contains(w[i].Text))
                former = true;
            else if (!Epithets.Descriptive.Contains(w[i].Text) && !Age().IsMatch(w[i].Text))
                return null;
        }
        return null;
    }

    /// <summary>The last word of a description noun starting at <paramref name="start"/>, if one does.</summary>
    private static int? NounAt(Line line, int start)
    {
        var w = line.Words;
        foreach (var noun in Epithets.Nouns)
        {
            var end = start + noun.Length - 1;
            if (end < w.Count && Enumerable.Range(0, noun.Length).All(k => w[start + k].Text.Equals(noun[k], StringComparison.OrdinalIgnoreCase)
                && (k == 0 || Words.Adjacent(line.Text, w[start + k - 1], w[start + k]))))
                return end;
        }
        return null;
    }

    /// <summary>
    /// The noun ends the description: no name follows (a title), no "of" (another office); after a noun that is also an
    /// adjective ("the general election", "the chief negotiator") only a verb, an adverb or a function word may.
    /// </summary>
    private static bool Closes(Line line, int end)
    {
        var w = line.Words;
        if (end + 1 >= w.Count || !Words.Adjacent(line.Text, w[end], w[end + 1]))
            return true;
        var next = w[end + 1];
        if (next.IsCapitalized || next.Lower is "of" or "for" or "to")
            return false;
        return !Epithets.AlsoAdjectives.Contains(w[end].Text) || NewsWords.IsFunctionWord(next.Text) || Verbs.IsReporting(next.Text)
            || next.Text.EndsWith("ed", StringComparison.Ordinal) || next.Text.EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool Fits(Epithet epithet, ActorDraft person)
    {
        var role = person.Role!;
        if (epithet.Countries.Count > 0 && !epithet.Countries.Any(c => c.Name == person.Affiliation || c == CountryInText(role)))
            return false;
        if (!epithet.Required.All(r => ContainsName(role, r)))
            return false;
        return epithet.Offices.Any(office => HoldsOffice(role, office, epithet.Former));
    }

    /// <summary>The role names the office, and as a past one exactly when the description says "former".</summary>
    private static bool HoldsOffice(string role, string office, bool former)
    {
        foreach (Match match in Regex.Matches(role, $@"\b{Regex.Escape(office)}\b", RegexOptions.IgnoreCase))
        {
            var before = Words.Split(role[..match.Index]);
            var previous = before.Count > 0 ? before[^1].Text.ToLowerInvariant() : "";
            var past = before.Any(b => Epithets.Former.Contains(b.Text));
            if (past == former && (Epithets.Former.Contains(previous) || !Epithets.OtherOffice.Contains(previous)))
                return true;
        }
        return false;
    }

    private static bool ContainsName(string text, string name) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])");

    private static string Lowered(List<Word> words, int from, int to) => string.Join(' ', words[from..(to + 1)].Select(w => w.Lower));

    [GeneratedRegex(@"^\d+-year-old$")]
    private static partial Regex Age();
}
