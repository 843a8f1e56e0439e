using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Finds who the article is about: countries from the gazetteer, organisations (capitalised names with an
/// organisation word, acronyms), people (titles, role nouns, appositives, names reused by surname) and groups
/// ("Ruritanian veterans", "religious leaders"), and people the article names only by surname. Each kind has its own part (People and their Roles, Organisations,
/// Groups, States); this one runs them in order and holds the word-position checks they share.
/// </summary>
internal sealed partial class ActorFinder
{
    private readonly List<Line> _lines;
    private readonly List<ActorDraft> _actors = [];
    private readonly Dictionary<Country, ActorDraft> _countries = [];
    private readonly HashSet<string> _loneNames;

    private ActorFinder(IReadOnlyList<Line> lines)
    {
        _lines = [.. lines];
        _loneNames = LoneCapitalisedWords(lines);
    }

    public static List<ActorDraft> Find(IReadOnlyList<Line> lines, string? author, string? bylineRole, string? unsignedOutlet)
    {
        var finder = new ActorFinder(lines);
        // A byline with no line after it leaves nothing to quote the author from; the byline still answers who wrote it.
        if (author is not null && lines.Count > 0)
            finder.AddAuthor(author, bylineRole);
        if (unsignedOutlet is not null && lines.Count > 0)
            finder.AddWriter(unsignedOutlet, ActorKind.Organisation, "Publisher of the unsigned article");
        // Credits and links around the story ("(Editing by X)", "Read more: ...") name nobody it is about.
        foreach (var line in lines.Where(l => !NewsFurniture.Is(l)))
        {
            var runs = NameRuns.Find(line);
            finder.FindCountries(line);
            finder.FindAcronyms(line);
            finder.FindDescribedAcronyms(line);
            finder.FindNamedThings(line);
            finder.FindNamed(line, runs);
            finder.FindParties(line, runs);
            finder.FindGroups(line, runs);
            finder.FindInstitutions(line);
            finder.FindBlocs(line);
        }
        finder.FindUnnamedSpeakers();
        finder.FindCollectiveSpeakers();
        finder.FindCrowds();
        finder.FindLoneSurnames();
        finder.MergePeopleBySurname();
        finder.AddParties();
        finder.FindArticleStates();
        finder.FindUnnamedOffices();
        finder.LinkEpithets();
        finder.MergeAcronyms();
        finder.AddWellKnownNames();
        finder.MergeGivenNames();
        GroupFolding.Fold(finder._actors);
        return finder._actors;
    }

    private ActorDraft Add(string name, ActorKind kind, Line line, string quote)
    {
        var existing = _actors.FirstOrDefault(a => a.Kind == kind && a.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            ?? (kind == ActorKind.Organisation ? _actors.FirstOrDefault(a => a.Names.Contains(name, StringComparer.OrdinalIgnoreCase)) : null)
            // "Alder" after "Alder Sourcing Ltd" is that company, "Hong Kong" that place: not a person of that name.
            ?? (kind == ActorKind.Person ? _actors.FirstOrDefault(a => a.Kind is ActorKind.Organisation or ActorKind.State && a.Names.Contains(name, StringComparer.Ordinal)) : null);
        if (existing is not null)
            return existing;
        var actor = new ActorDraft(name, kind, line, quote);
        _actors.Add(actor);
        return actor;
    }

    private void FindNamed(Line line, List<NameRun> runs)
    {
        NameRun? previous = null;
        foreach (var run in runs)
        {
            if (previous is not null && TitleWithPortfolio(line, previous, run) is { } titled && TryTitledPerson(line, titled))
            {
                previous = run;
                continue;
            }
            if (!TryTitledPerson(line, run) && !TryOrganisation(line, run, previous))
                TryPerson(line, run);
            previous = run;
        }
    }

    /// <summary>"Minister of Defence Jo Roe": a title and, after "of" or "for", its portfolio and the name, one run.</summary>
    private static NameRun? TitleWithPortfolio(Line line, NameRun title, NameRun run) =>
        run.First == title.Last + 2 && line.Words[title.Last + 1].Lower is "of" or "for" && NewsWords.IsTitle(line.Words[title.Last].Text)
        && Words.Adjacent(line.Text, line.Words[title.Last], line.Words[title.Last + 1]) && Words.Adjacent(line.Text, line.Words[title.Last + 1], line.Words[run.First])
            ? new NameRun(title.First, run.Last)
            : null;

    public static List<string> RunWords(Line line, NameRun run) => Enumerable.Range(run.First, run.Count).Select(i => line.Words[i].Text).ToList();

    private static bool NoGap(Line line, int left, int right) =>
        line.Text.AsSpan(line.Words[left].FullEnd, line.Words[right].Start - line.Words[left].FullEnd).Trim().IsEmpty && !line.Words[left].Possessive;

    private static bool IsPrefixed(string text, int start) =>
        start > 0 && text[start - 1] == '-' && PrefixBefore().IsMatch(text[..start]);

    [GeneratedRegex(@"(?:anti|pro|non|post|ex|neo)-$", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixBefore();
}
