using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    private static readonly HashSet<string> AcronymStops = new(StringComparer.Ordinal)
    {
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "TV", "AM", "PM", "OK", "AD", "BC", "CEO", "GDP", "USD", "EUR", "UTC", "GMT", "AI", "PS", "MP",
    };

    private static readonly HashSet<string> StandingAdjectives = new(StringComparer.Ordinal) { "ruling", "governing", "opposition" };

    private void FindAcronyms(Line line)
    {
        foreach (Match m in Acronym().Matches(line.Text))
        {
            var acronym = m.Value;
            // "ReThink.CEE": letters glued to a word by a dot are part of a brand, not an acronym of their own.
            var glued = m.Index > 1 && line.Text[m.Index - 1] == '.' && char.IsLetter(line.Text[m.Index - 2]);
            if (glued || AcronymStops.Contains(acronym) || CountryOf(acronym) is not null || IsPrefixed(line.Text, m.Index) || m.Index < CapsLede.End(line) || Shouting.IsSoftened(line, m.Index))
                continue;
            var definition = DefinedBefore(line, m.Index);
            if (definition is not null)
            {
                var org = Add(definition, ActorKind.Organisation, line, line.Text[line.Text.LastIndexOf(definition, m.Index, StringComparison.Ordinal)..(m.Index + m.Length + 1)]);
                org.AddAlias(acronym);
                continue;
            }
            if (!_actors.Any(a => a.Names.Contains(acronym, StringComparer.Ordinal)))
                Add(acronym, ActorKind.Organisation, line, Quotes.Around(line.Text, m.Index, m.Index + m.Length));
        }
    }

    /// <summary>"North Atlantic Treaty Organization (NATO)": the capitalised name just before "(ACRONYM)".</summary>
    private static string? DefinedBefore(Line line, int acronymStart)
    {
        if (acronymStart < 2 || line.Text[acronymStart - 1] != '(')
            return null;
        var run = NameRuns.Find(line).LastOrDefault(r => line.Words[r.Last].End <= acronymStart - 1 && line.Words[r.Last].End >= acronymStart - 3);
        return run is null || run.Count < 2 ? null : line.Text[line.Words[run.First].Start..line.Words[run.Last].End];
    }

    private bool TryOrganisation(Line line, NameRun run, NameRun? previous)
    {
        var w = line.Words;
        var text = line.Text;
        (run, var origin) = WithoutOrigin(line, run);
        var hasHead = Enumerable.Range(run.First, run.Count).Any(i => NewsWords.OrganisationHeads.Contains(w[i].Text))
            || (run.Count >= 2 && NewsWords.OrganisationEnds.Contains(w[run.Last].Text));
        var nounEnd = -1;
        var described = BodyDescription(text, w[run.Last].FullEnd);
        var leading = LeadingBody(line, run);
        if (!hasHead && described is null && leading is null)
        {
            var next = run.Last + 1;
            if (next < w.Count && !w[next].IsCapitalized && !NewsWords.OrganisationNouns.Contains(w[next].Text) && next + 1 < w.Count && NewsWords.OrganisationNouns.Contains(w[next + 1].Text))
                next++;
            if (next < w.Count && NewsWords.OrganisationNouns.Contains(w[next].Text) && !w[next].IsCapitalized && NoGap(line, run.Last, run.Last + 1) && NoGap(line, next - 1, next))
                nounEnd = next;
            else
                return false;
        }
        if (run.Count == 1 && nounEnd < 0 && described is null && leading is null && !NameRuns.IsAcronym(w[run.First].Text))
            return false;
        var core = text[w[run.First].Start..w[run.Last].End];
        if (CountryOf(core) is not null || core.Split('-').All(part => CountryOf(part) is not null))
            return false;
        var name = nounEnd >= 0 ? text[w[run.First].Start..w[nounEnd].End] : core;
        var org = Add(name, ActorKind.Organisation, line, Quotes.Around(text, w[run.First].Start, w[Math.Max(run.Last, nounEnd)].End));
        if (described is not null)
        {
            org.OfferRole(described.Value.Role, RoleRank.Appositive, line, text[w[run.First].Start..described.Value.End]);
            org.Affiliation ??= CountryInText(described.Value.Role)?.Name;
        }
        if (leading is not null)
            AddLeadingBody(org, line, run, leading.Value);
        // "the Western power bloc": a lone adjective ("Western") is no name for it.
        if (nounEnd >= 0 && !(run.Count == 1 && NewsWords.PlaceOpeners.Contains(core)))
            org.AddAlias(core);
        if (run.First > 0 && w[run.First - 1].Text == "The" && w[run.First - 1].End + 1 == w[run.First].Start)
            org.AddAlias("The " + name);
        // "the ruling Harbour Unity party", later "the ruling party": the standing adjective and the noun name it too.
        if (nounEnd >= 0 && run.First > 0 && StandingAdjectives.Contains(w[run.First - 1].Text))
            org.AddAlias(w[run.First - 1].Lower + " " + w[nounEnd].Lower);
        if (ParenthesisAfter(text, w[Math.Max(run.Last, nounEnd)].FullEnd) is { } inBrackets)
            org.AddAlias(inBrackets);
        else if (LowerAcronymAfter(text, w[Math.Max(run.Last, nounEnd)].FullEnd) is { } lower && Initials.Abbreviate(lower, name))
            org.AddAlias(lower);
        org.Affiliation ??= origin?.Name ?? CountryIn(line, run.First, run.Last + 1)?.Name;
        if (IsCompany(line, run))
            AddShortName(org, w[run.First].Text);
        // "the Ruritanian Senate's Committee on Harbours": whoever owns an organisation is one too.
        if (previous is not null && previous.Count >= 2 && w[previous.Last].Possessive && previous.Last + 1 == run.First && !IsPersonRun(line, previous))
        {
            var parentName = text[w[previous.First].Start..w[previous.Last].End];
            var parent = Add(parentName, ActorKind.Organisation, line, Quotes.Around(text, w[previous.First].Start, w[run.Last].End));
            parent.Affiliation ??= CountryIn(line, previous.First, previous.Last + 1)?.Name;
            org.Affiliation = parent.Name;
        }
        return true;
    }

    /// <summary>
    /// "Harbour Watch, a Ruritanian human-rights organisation,": a name the words after it describe as a body, however
    /// little its own words say so.
    /// </summary>
    private static (string Role, int End)? BodyDescription(string text, int nameEnd)
    {
        var match = BodyAppositive().Match(text, nameEnd);
        return match.Success && match.Index == nameEnd && BodyNouns.Contains(match.Groups["noun"].Value)
            ? (match.Groups["role"].Value, match.Groups["role"].Index + match.Groups["role"].Length)
            : null;
    }

    private static readonly HashSet<string> BodyNouns = new(NewsWords.OrganisationNouns.Concat(["organisation", "organization", "charity", "firm", "think-tank", "outlet", "NGO", "watchdog"]), StringComparer.Ordinal);

    /// <summary>"the Ruritanian parliament (Sejmik)": a country's institution, with the name given in brackets.</summary>
    private void FindInstitutions(Line line)
    {
        var w = line.Words;
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (!NewsWords.Institutions.Contains(w[i + 1].Text) || w[i + 1].IsCapitalized || !NoGap(line, i, i + 1) || CountryOf(w[i].Text) is not { } country)
                continue;
            // "Ruritanian military officials": the institution only modifies a noun.
            if (i + 2 < w.Count && NoGap(line, i + 1, i + 2) && !w[i + 2].IsCapitalized && !NewsWords.IsFunctionWord(w[i + 2].Text))
                continue;
            var name = line.Text[w[i].Start..w[i + 1].End];
            var org = Add(name, ActorKind.Organisation, line, Quotes.Around(line.Text, w[i].Start, w[i + 1].End));
            org.Affiliation ??= country.Name;
            if (ParenthesisAfter(line.Text, w[i + 1].End) is { } inBrackets)
                org.AddAlias(inBrackets);
        }
    }

    /// <summary>"NATO" seen before "North Atlantic Treaty Organization (NATO)" defines it is the same organisation.</summary>
    private void MergeAcronyms()
    {
        foreach (var acronym in _actors.Where(a => a.Kind == ActorKind.Organisation && NameRuns.IsAcronym(a.Name.Replace("/", "", StringComparison.Ordinal))).ToList())
        {
            var full = _actors.FirstOrDefault(a => a != acronym && a.Aliases.Contains(acronym.Name, StringComparer.Ordinal)) ?? Spelled(acronym.Name);
            if (full is null)
                continue;
            full.Absorb(acronym);
            _actors.Remove(acronym);
        }
    }

    /// <summary>
    /// "the Harbour Audit Office Foundation ... HAOF researchers": an acronym used later without brackets stands for
    /// the one organisation whose words its letters start; three letters at least, so chance matches stay rare.
    /// </summary>
    private ActorDraft? Spelled(string acronym)
    {
        var spelled = _actors.Where(a => a.Kind == ActorKind.Organisation && a.Name != acronym && a.Name.Contains(' ', StringComparison.Ordinal) && Initials.Abbreviate(acronym, a.Name)).Take(2).ToList();
        return acronym.Length >= 3 && spelled.Count == 1 ? spelled[0] : null;
    }

    /// <summary>"the EU" is also "European Union"; "IS" and "ISIS" named apart are one organisation.</summary>
    private void AddWellKnownNames()
    {
        foreach (var organisation in _actors.Where(a => a.Kind == ActorKind.Organisation).ToList())
        {
            WellKnownBodies.AddNames(organisation);
            var same = _actors.FirstOrDefault(a => a != organisation && a.Kind == ActorKind.Organisation && a.Names.Intersect(organisation.Names, StringComparer.OrdinalIgnoreCase).Any());
            if (same is null)
                continue;
            same.Absorb(organisation);
            _actors.Remove(organisation);
        }
    }

    private static string? ParenthesisAfter(string text, int end)
    {
        var match = BracketName().Match(text, end);
        return match.Success && match.Index == end ? match.Groups["name"].Value : null;
    }

    /// <summary>
    /// ", a Ruritanian human-rights organisation," or ", a research group in Alder," after a name: an article, a few
    /// words, and the noun that ends them, with where the body is based.
    /// </summary>
    [GeneratedRegex(@",\s+(?:a|an|the)\s+(?<role>(?:(?!(?:based|in)\s)[\p{L}-]+\s+){0,4}(?<noun>[\p{L}-]+)(?:\s+(?:based\s+)?in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?)(?=\s*(?:[,;.)]|$))")]
    private static partial Regex BodyAppositive();

    [GeneratedRegex(@"\b[A-Z]{2,6}(?:/[A-Z]{2,6})?\b")]
    private static partial Regex Acronym();

    /// <summary>"the Harbour Audit Office (hao)": a house style sets acronyms in lower case.</summary>
    private static string? LowerAcronymAfter(string text, int end)
    {
        var match = LowerBracketWord().Match(text, end);
        return match.Success && match.Index == end ? match.Groups["word"].Value : null;
    }

    [GeneratedRegex(@"\s*\((?<word>\p{Ll}{2,6})\)")]
    private static partial Regex LowerBracketWord();

    [GeneratedRegex(@"\s*\((?<name>\p{Lu}[\p{L}\- ]{1,40})\)")]
    private static partial Regex BracketName();
}
