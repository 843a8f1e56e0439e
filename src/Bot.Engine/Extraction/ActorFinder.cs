using System.Text.RegularExpressions;
using Bot.Engine.Loading;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Finds who the article is about: countries from the gazetteer, organisations (capitalised names with an
/// organisation word, acronyms), people (titles, role nouns, appositives, names reused by surname) and groups
/// ("Ruritanian veterans", "religious leaders").
/// </summary>
internal sealed partial class ActorFinder
{
    private static readonly HashSet<string> AcronymStops = new(StringComparer.Ordinal)
    {
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "TV", "AM", "PM", "OK", "AD", "BC", "CEO", "GDP", "USD", "EUR", "UTC", "GMT", "AI", "PS",
    };

    private const int BioRoleWords = 25;

    private readonly List<Line> _lines;
    private readonly List<ActorDraft> _actors = [];
    private readonly Dictionary<Country, ActorDraft> _countries = [];
    private readonly HashSet<string> _loneNames;

    private ActorFinder(IReadOnlyList<Line> lines)
    {
        _lines = [.. lines];
        _loneNames = LoneCapitalisedWords(lines);
    }

    public static List<ActorDraft> Find(IReadOnlyList<Line> lines, string? author)
    {
        var finder = new ActorFinder(lines);
        if (author is not null)
            finder.AddAuthor(author);
        foreach (var line in lines)
        {
            var runs = NameRuns.Find(line);
            finder.FindCountries(line);
            finder.FindAcronyms(line);
            finder.FindNamed(line, runs);
            finder.FindGroups(line, runs);
            finder.FindInstitutions(line);
            finder.FindBlocs(line);
        }
        finder.MergePeopleBySurname();
        finder.MergeAcronyms();
        finder.AddWellKnownNames();
        GroupFolding.Fold(finder._actors);
        return finder._actors;
    }

    public static Country? CountryOf(string word) => Countries.ByForm.GetValueOrDefault(word);

    private ActorDraft Add(string name, ActorKind kind, Line line, string quote)
    {
        var existing = _actors.FirstOrDefault(a => a.Kind == kind && a.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            ?? (kind == ActorKind.Organisation ? _actors.FirstOrDefault(a => a.Names.Contains(name, StringComparer.OrdinalIgnoreCase)) : null);
        if (existing is not null)
            return existing;
        var actor = new ActorDraft(name, kind, line, quote);
        _actors.Add(actor);
        return actor;
    }

    /// <summary>Each author the byline names is a person; their bio ("X is a reporter for ...") gives the role.</summary>
    private void AddAuthor(string byline)
    {
        foreach (var author in Bylines.Names(byline))
        {
            var bio = _lines.FirstOrDefault(l => l.Kind == BlockKind.Bio && l.Text.StartsWith(author, StringComparison.Ordinal));
            var line = bio ?? _lines.FirstOrDefault(l => l.Text.Contains(author, StringComparison.Ordinal)) ?? _lines[0];
            var quote = line.Text.Contains(author, StringComparison.Ordinal) ? author : Quotes.Clip(line.Text, 0, line.Text.Length);
            var actor = Add(author, ActorKind.Person, line, quote);
            AddSurname(actor);
            if (bio is not null && BioRole().Match(bio.Text) is { Success: true } match)
                actor.OfferRole("Author; " + Quotes.Clip(match.Groups["role"].Value, 0, match.Groups["role"].Length, BioRoleWords).TrimEnd('.'), RoleRank.Bio, bio, Quotes.Clip(bio.Text, 0, bio.Text.Length));
            else
                actor.OfferRole("Author of the article", RoleRank.Mention, line, quote);
        }
    }

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

    private static bool IsPrefixed(string text, int start) =>
        start > 0 && text[start - 1] == '-' && PrefixBefore().IsMatch(text[..start]);

    private void FindAcronyms(Line line)
    {
        foreach (Match m in Acronym().Matches(line.Text))
        {
            var acronym = m.Value;
            // "ReThink.CEE": letters glued to a word by a dot are part of a brand, not an acronym of their own.
            var glued = m.Index > 1 && line.Text[m.Index - 1] == '.' && char.IsLetter(line.Text[m.Index - 2]);
            if (glued || AcronymStops.Contains(acronym) || CountryOf(acronym) is not null || IsPrefixed(line.Text, m.Index))
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

    private void FindNamed(Line line, List<NameRun> runs)
    {
        NameRun? previous = null;
        foreach (var run in runs)
        {
            if (!TryTitledPerson(line, run) && !TryOrganisation(line, run, previous))
                TryPerson(line, run);
            previous = run;
        }
    }

    private bool TryTitledPerson(Line line, NameRun run)
    {
        var w = line.Words;
        var title = -1;
        for (var i = run.First; i < run.Last; i++)
        {
            if (NewsWords.Titles.Contains(w[i].Text))
                title = i;
        }
        if (title < 0 || run.Last - title > 4 || !Enumerable.Range(title + 1, run.Last - title).All(i => IsPersonWord(w[i])))
            return false;
        var titleStart = title;
        while (titleStart > run.First && (NewsWords.TitleModifiers.Contains(w[titleStart - 1].Text) || NewsWords.Titles.Contains(w[titleStart - 1].Text)))
            titleStart--;
        var roleStart = run.First;
        if (roleStart > 0 && w[roleStart - 1].Possessive && line.Text[w[roleStart - 1].FullEnd..w[roleStart].Start].Trim().Length == 0)
            roleStart--;
        var name = line.Text[w[title + 1].Start..w[run.Last].End];
        var person = Add(name, ActorKind.Person, line, line.Text[w[roleStart].Start..w[run.Last].End]);
        AddSurname(person);
        var role = line.Text[w[roleStart].Start..w[title].FullEnd];
        person.OfferRole(role.EndsWith("'s", StringComparison.Ordinal) ? role[..^2] : role, RoleRank.Title, line, line.Text[w[roleStart].Start..w[run.Last].End]);
        person.Affiliation ??= CountryIn(line, roleStart, title)?.Name;
        return true;
    }

    private bool TryOrganisation(Line line, NameRun run, NameRun? previous)
    {
        var w = line.Words;
        var text = line.Text;
        var hasHead = Enumerable.Range(run.First, run.Count).Any(i => NewsWords.OrganisationHeads.Contains(w[i].Text));
        var nounEnd = -1;
        if (!hasHead)
        {
            var next = run.Last + 1;
            if (next < w.Count && !w[next].IsCapitalized && !NewsWords.OrganisationNouns.Contains(w[next].Text) && next + 1 < w.Count && NewsWords.OrganisationNouns.Contains(w[next + 1].Text))
                next++;
            if (next < w.Count && NewsWords.OrganisationNouns.Contains(w[next].Text) && !w[next].IsCapitalized && NoGap(line, run.Last, run.Last + 1) && NoGap(line, next - 1, next))
                nounEnd = next;
            else
                return false;
        }
        if (run.Count == 1 && nounEnd < 0 && !NameRuns.IsAcronym(w[run.First].Text))
            return false;
        var core = text[w[run.First].Start..w[run.Last].End];
        if (CountryOf(core) is not null || core.Split('-').All(part => CountryOf(part) is not null))
            return false;
        var name = nounEnd >= 0 ? text[w[run.First].Start..w[nounEnd].End] : core;
        var org = Add(name, ActorKind.Organisation, line, Quotes.Around(text, w[run.First].Start, w[Math.Max(run.Last, nounEnd)].End));
        // "the Western power bloc": a lone adjective ("Western") is no name for it.
        if (nounEnd >= 0 && !(run.Count == 1 && NewsWords.PlaceOpeners.Contains(core)))
            org.AddAlias(core);
        if (run.First > 0 && w[run.First - 1].Text == "The" && w[run.First - 1].End + 1 == w[run.First].Start)
            org.AddAlias("The " + name);
        if (ParenthesisAfter(text, w[Math.Max(run.Last, nounEnd)].FullEnd) is { } inBrackets)
            org.AddAlias(inBrackets);
        org.Affiliation ??= CountryIn(line, run.First, run.Last + 1)?.Name;
        // "the Russian State Duma's Committee on Defense": whoever owns an organisation is one too.
        if (previous is not null && previous.Count >= 2 && w[previous.Last].Possessive && previous.Last + 1 == run.First && !IsPersonRun(line, previous))
        {
            var parentName = text[w[previous.First].Start..w[previous.Last].End];
            var parent = Add(parentName, ActorKind.Organisation, line, Quotes.Around(text, w[previous.First].Start, w[run.Last].End));
            parent.Affiliation ??= CountryIn(line, previous.First, previous.Last + 1)?.Name;
            org.Affiliation = parent.Name;
        }
        return true;
    }

    private void TryPerson(Line line, NameRun run)
    {
        var w = line.Words;
        if (run.Count is < 2 or > 4 || !Enumerable.Range(run.First, run.Count).All(i => IsPersonWord(w[i])))
            return;
        // "the Silk Road", "Central Asia": a place or an idea, never a person.
        if (NewsWords.IsPlaceName(RunWords(line, run)) || (run.First > 0 && w[run.First - 1].Lower == "the"))
            return;
        var text = line.Text;
        var name = text[w[run.First].Start..w[run.Last].End];
        var surname = Surname(name);
        var evidence = 0;
        string? role = null;
        var roleRank = 0;
        var quoteStart = w[run.First].Start;
        var quoteEnd = w[run.Last].End;

        // "journalist Jo Bloggs", "Ruritanian political analyst Jo Bloggs".
        var before = run.First - 1;
        if (before >= 0 && NewsWords.RoleNouns.Contains(w[before].Text) && !w[before].IsCapitalized && NoGap(line, before, run.First))
        {
            var start = RolePhraseStart(line, before);
            role = text[w[start].Start..w[before].End];
            roleRank = RoleRank.RoleNoun;
            quoteStart = w[start].Start;
            evidence++;
        }
        // "Jo Bloggs, the head of the X," — an appositive after the name.
        if (Appositive(text, w[run.Last].FullEnd) is { } appositive)
        {
            role = appositive.Role;
            roleRank = RoleRank.Appositive;
            quoteEnd = appositive.End;
            evidence++;
        }
        // "X's ambassador to Y, Jo Bloggs," — the role before the name, set off by a comma.
        else if (RoleBeforeComma(line, run.First) is { } leading)
        {
            role = text[leading..FindCommaBefore(text, w[run.First].Start)];
            roleRank = RoleRank.Appositive;
            quoteStart = leading;
            evidence++;
        }
        if (run.Last + 1 < w.Count && Verbs.IsReporting(w[run.Last + 1].Text))
            evidence++;
        if (_loneNames.Contains(surname))
            evidence++;
        if (PronounFollows(line, run))
            evidence++;
        if (evidence == 0 && !LooksLikeNameInPassing(line, run))
            return;
        var person = Add(name, ActorKind.Person, line, text[quoteStart..quoteEnd]);
        AddSurname(person);
        if (role is not null)
        {
            person.OfferRole(role, roleRank, line, text[quoteStart..quoteEnd]);
            person.Affiliation ??= CountryInText(line, role)?.Name;
        }
    }

    public static List<string> RunWords(Line line, NameRun run) => Enumerable.Range(run.First, run.Count).Select(i => line.Words[i].Text).ToList();

    /// <summary>"Jo Bloggs ... she said": a personal pronoun later in the sentence or opening the next one.</summary>
    private bool PronounFollows(Line line, NameRun run)
    {
        var index = _lines.IndexOf(line);
        var next = index + 1 < _lines.Count && _lines[index + 1].Sentence.Paragraph == line.Sentence.Paragraph ? _lines[index + 1].Words.Take(3) : [];
        return line.Words.Skip(run.Last + 1).Concat(next).Any(word => word.Text is "he" or "He" or "she" or "She" or "his" or "His" or "her" or "Her" or "him");
    }

    /// <summary>A bare two- or three-word name in mid-sentence, not after a preposition, followed by punctuation or a verb.</summary>
    private static bool LooksLikeNameInPassing(Line line, NameRun run)
    {
        var w = line.Words;
        if (run.First == 0 || run.Count > 3)
            return false;
        var previous = w[run.First - 1];
        if (NewsWords.Prepositions.Contains(previous.Text) && previous.Text is not ("like" or "as"))
            return false;
        var after = line.Text[w[run.Last].FullEnd..].TrimStart();
        return after.Length == 0 || after[0] is ',' or '.' or ';' or ')' or ':'
            || (run.Last + 1 < w.Count && (w[run.Last + 1].Text.EndsWith("ed", StringComparison.Ordinal) || NewsWords.Auxiliaries.Contains(w[run.Last + 1].Text)));
    }

    private static bool IsPersonRun(Line line, NameRun run) =>
        run.Count is >= 2 and <= 4 && Enumerable.Range(run.First, run.Count).All(i => IsPersonWord(line.Words[i]))
        && !Enumerable.Range(run.First, run.Count).Any(i => NewsWords.OrganisationHeads.Contains(line.Words[i].Text));

    private static bool IsPersonWord(Word word) =>
        NameRuns.IsNameWord(word) && word.Text.Length >= 2 && !NameRuns.IsAcronym(word.Text) && !NewsWords.IsFunctionWord(word.Text)
        && !NewsWords.OrganisationHeads.Contains(word.Text) && !NewsWords.Titles.Contains(word.Text) && !NewsWords.TitleModifiers.Contains(word.Text)
        && !Dates.IsMonth(word.Text) && CountryOf(word.Text) is null && !NewsWords.GroupNouns.Contains(word.Text);

    private void FindGroups(Line line, List<NameRun> runs)
    {
        var w = line.Words;
        for (var head = 1; head < w.Count; head++)
        {
            if (!NewsWords.GroupNouns.Contains(w[head].Text) || runs.Any(r => r.First < head && head <= r.Last && NewsWords.OrganisationHeads.Contains(w[r.Last].Text)))
                continue;
            if (head + 1 < w.Count && NewsWords.GroupNouns.Contains(w[head + 1].Text) && NoGap(line, head, head + 1))
                continue;
            var first = head;
            while (first - 1 >= 0 && head - first < 4 && NoGap(line, first - 1, first) && IsGroupModifier(w[first - 1]))
                first--;
            if (first == head)
                continue;
            var modifiers = Enumerable.Range(first, head - first).Select(i => w[i].Text).ToList();
            var name = line.Text[w[first].Start..w[head].End];
            AddGroup(line, name, w[head].Text, modifiers, w[first].Start, w[head].End, first);
            // "Russian and Turkish officials": one group for each coordinated adjective.
            if (first >= 2 && w[first - 1].Text == "and" && IsGroupModifier(w[first - 2]) && w[first - 2].IsCapitalized && w[first].IsCapitalized)
            {
                var other = new List<string>(modifiers) { [0] = w[first - 2].Text };
                AddGroup(line, string.Join(' ', other) + " " + w[head].Text, w[head].Text, other, w[first - 2].Start, w[head].End, first - 2);
                foreach (var coordinated in _actors.Where(a => a.Kind == ActorKind.Group && (a.Name == name || a.Name == string.Join(' ', other) + " " + w[head].Text)))
                    coordinated.Spans.Add((line, w[first - 2].Start, w[head].End));
            }
        }
    }

    private void AddGroup(Line line, string name, string head, List<string> modifiers, int start, int end, int firstWord)
    {
        if (!modifiers.Any(m => char.IsUpper(m[0]) || NewsWords.GroupModifiers.Contains(m)))
            return;
        var existing = _actors.FirstOrDefault(a => a.Kind == ActorKind.Group && a.Names.Contains(name, StringComparer.OrdinalIgnoreCase));
        var group = existing ?? new ActorDraft(name, ActorKind.Group, line, Quotes.Around(line.Text, start, end)) { Head = head, Modifiers = modifiers };
        if (existing is null)
            _actors.Add(group);
        group.Affiliation ??= modifiers.Select(CountryOf).FirstOrDefault(c => c is not null)?.Name
            ?? (firstWord > 0 && line.Words[firstWord - 1].Possessive ? CountryOf(line.Words[firstWord - 1].Text)?.Name : null);
        if (firstWord > 0 && line.Words[firstWord - 1].Possessive && CountryOf(line.Words[firstWord - 1].Text) is not null)
            group.AddAlias(line.Text[line.Words[firstWord - 1].Start..end]);
    }

    private static bool IsGroupModifier(Word word) =>
        !word.Possessive && !NewsWords.IsFunctionWord(word.Text) && !Dates.IsMonth(word.Text)
        && (NameRuns.IsNameWord(word) && !NameRuns.IsAcronym(word.Text) || NewsWords.GroupModifiers.Contains(word.Text) || NewsWords.GroupNouns.Contains(word.Text));

    /// <summary>"the West" standing alone (not "the West Bank") is the bloc of Western states, an actor of its own.</summary>
    private void FindBlocs(Line line)
    {
        var w = line.Words;
        for (var i = 1; i < w.Count; i++)
        {
            if (w[i].Text is not ("West" or "East") || w[i - 1].Lower != "the" || (i + 1 < w.Count && w[i + 1].IsCapitalized && Words.Adjacent(line.Text, w[i], w[i + 1])))
                continue;
            var bloc = Add("the " + w[i].Text, ActorKind.Group, line, Quotes.Around(line.Text, w[i - 1].Start, w[i].End));
            bloc.AddAlias(w[i].Text);
        }
    }

    /// <summary>"the Ruritanian parliament (Sejmik)": a country's institution, with the name given in brackets.</summary>
    private void FindInstitutions(Line line)
    {
        var w = line.Words;
        for (var i = 0; i + 1 < w.Count; i++)
        {
            if (!NewsWords.Institutions.Contains(w[i + 1].Text) || w[i + 1].IsCapitalized || !NoGap(line, i, i + 1) || CountryOf(w[i].Text) is not { } country)
                continue;
            // "Russian military officials": the institution only modifies a noun.
            if (i + 2 < w.Count && NoGap(line, i + 1, i + 2) && !w[i + 2].IsCapitalized && !NewsWords.IsFunctionWord(w[i + 2].Text))
                continue;
            var name = line.Text[w[i].Start..w[i + 1].End];
            var org = Add(name, ActorKind.Organisation, line, Quotes.Around(line.Text, w[i].Start, w[i + 1].End));
            org.Affiliation ??= country.Name;
            if (ParenthesisAfter(line.Text, w[i + 1].End) is { } inBrackets)
                org.AddAlias(inBrackets);
        }
    }

    private static void AddSurname(ActorDraft person)
    {
        var surname = Surname(person.Name);
        if (surname != person.Name)
            person.AddAlias(surname);
        if (surname.IndexOf('-') is > 0 and var dash && char.IsLower(surname[0]))
            person.AddAlias(surname[(dash + 1)..]);
    }

    private static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>"President Roe" and "Jane Roe" are one person.</summary>
    private void MergePeopleBySurname()
    {
        var people = _actors.Where(a => a.Kind == ActorKind.Person).ToList();
        foreach (var single in people.Where(p => !p.Name.Contains(' ')))
        {
            var full = people.FirstOrDefault(p => p != single && p.Name.Contains(' ') && p.Aliases.Contains(single.Name, StringComparer.Ordinal));
            if (full is null)
                continue;
            full.Absorb(single);
            _actors.Remove(single);
        }
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

    /// <summary>"NATO" seen before "North Atlantic Treaty Organization (NATO)" defines it is the same organisation.</summary>
    private void MergeAcronyms()
    {
        foreach (var acronym in _actors.Where(a => a.Kind == ActorKind.Organisation && NameRuns.IsAcronym(a.Name.Replace("/", "", StringComparison.Ordinal))).ToList())
        {
            var full = _actors.FirstOrDefault(a => a != acronym && a.Aliases.Contains(acronym.Name, StringComparer.Ordinal));
            if (full is null)
                continue;
            full.Absorb(acronym);
            _actors.Remove(acronym);
        }
    }

    private static int RolePhraseStart(Line line, int roleNoun)
    {
        var w = line.Words;
        var start = roleNoun;
        while (start > 0 && roleNoun - start < 5 && NoGap(line, start - 1, start) && !NewsWords.IsFunctionWord(w[start - 1].Text) && !w[start - 1].Text.All(char.IsDigit))
            start--;
        if (start > 0 && w[start - 1].Possessive && line.Text[w[start - 1].FullEnd..w[start].Start].Trim().Length == 0)
            start--;
        return start;
    }

    /// <summary>", the head of X," or ", a spokesman for X," right after a name: the role and where the appositive ends.</summary>
    private static (string Role, int End)? Appositive(string text, int nameEnd)
    {
        var match = AppositivePattern().Match(text, nameEnd);
        if (!match.Success || match.Index != nameEnd)
            return null;
        var body = match.Groups["body"].Value;
        var firstWords = body.Split(' ', 4);
        if (!firstWords.Take(3).Any(NewsWords.RoleNouns.Contains))
            return null;
        var role = ArticleWord().Replace(body.Trim(), "");
        return (role, match.Groups["body"].Index + match.Groups["body"].Length);
    }

    private static int? RoleBeforeComma(Line line, int firstWord)
    {
        var text = line.Text;
        var start = line.Words[firstWord].Start;
        var comma = FindCommaBefore(text, start);
        if (comma < 0)
            return null;
        var segmentStart = Math.Max(text.LastIndexOf(',', Math.Max(comma - 1, 0)) + 1, 0);
        var segment = text[segmentStart..comma];
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 8 || !words.Any(word => NewsWords.RoleNouns.Contains(word.TrimEnd('\'', 's')) && char.IsLower(word[0])))
            return null;
        return segmentStart + (segment.Length - segment.TrimStart().Length);
    }

    private static int FindCommaBefore(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        return i >= 0 && text[i] == ',' ? i : -1;
    }

    private static string? ParenthesisAfter(string text, int end)
    {
        var match = BracketName().Match(text, end);
        return match.Success && match.Index == end ? match.Groups["name"].Value : null;
    }

    private static bool NoGap(Line line, int left, int right) =>
        line.Text.AsSpan(line.Words[left].FullEnd, line.Words[right].Start - line.Words[left].FullEnd).Trim().IsEmpty && !line.Words[left].Possessive;

    private static Country? CountryIn(Line line, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < to && i < line.Words.Count; i++)
        {
            if (CountryOf(line.Words[i].Text) is { } country)
                return country;
        }
        return null;
    }

    private static Country? CountryInText(Line line, string text) =>
        Words.Split(text).Select(w => CountryOf(w.Text)).FirstOrDefault(c => c is not null);

    /// <summary>Capitalised words that stand alone somewhere (not beside another capitalised word): surnames reused.</summary>
    private static HashSet<string> LoneCapitalisedWords(IReadOnlyList<Line> lines)
    {
        var lone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var w = line.Words;
            for (var i = 1; i < w.Count; i++)
            {
                var before = NameRuns.IsNameWord(w[i - 1]) && Words.Adjacent(line.Text, w[i - 1], w[i]) && !NewsWords.IsFunctionWord(w[i - 1].Text);
                var after = i + 1 < w.Count && NameRuns.IsNameWord(w[i + 1]) && Words.Adjacent(line.Text, w[i], w[i + 1]);
                if (NameRuns.IsNameWord(w[i]) && !before && !after)
                    lone.Add(w[i].Text);
            }
        }
        return lone;
    }

    [GeneratedRegex(@"\b[A-Z]{2,6}(?:/[A-Z]{2,6})?\b")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"(?:anti|pro|non|post|ex|neo)-$", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixBefore();

    [GeneratedRegex(@",\s+(?<body>(?:the|a|an|who is|who was)\s+[^,;]+?),")]
    private static partial Regex AppositivePattern();

    [GeneratedRegex(@"\s*\((?<name>\p{Lu}[\p{L}\- ]{1,40})\)")]
    private static partial Regex BracketName();

    [GeneratedRegex(@"^(?:the|a|an|who is|who was)\s+")]
    private static partial Regex ArticleWord();

    [GeneratedRegex(@"^[^,]*?\b(?:is|was) (?:also )?(?:a|an|the) (?<role>.+)$")]
    private static partial Regex BioRole();
}
