using System.Text.RegularExpressions;
using Bot.Engine.Text;
using Bot.Engine.Loading;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    private const int BioRoleWords = 25;

    /// <summary>
    /// Each author the byline names is a person; their bio ("X is a reporter for ...") gives the role, else the
    /// byline's own ("By X, Harbour correspondent").
    /// </summary>
    private void AddAuthor(string byline, string? bylineRole)
    {
        // "et al." stands for co-authors the byline leaves unnamed: nobody to draft.
        foreach (var author in Bylines.Names(byline).Where(n => !n.StartsWith("et al", StringComparison.OrdinalIgnoreCase)))
        {
            var bio = _lines.FirstOrDefault(l => l.Kind == BlockKind.Bio && l.Text.StartsWith(author, StringComparison.Ordinal));
            var actor = AddWriter(author, ActorKind.Person, bylineRole is null ? "Author of the article" : $"Author of the article; {bylineRole}", bio);
            AddSurname(actor);
            if (bio is not null && BioRole().Match(bio.Text) is { Success: true } match)
                actor.OfferRole(string.Join("; ", FurtherBioRoles(actor, bio).Prepend(match.Groups["role"].Value).Select(BioPhrase).Prepend("Author")), RoleRank.Bio, bio, Quotes.Clip(bio.Text, 0, bio.Text.Length));
        }
    }

    /// <summary>Who wrote the piece, quoted where the text names them, else from its first sentence.</summary>
    private ActorDraft AddWriter(string name, ActorKind kind, string role, Line? bio = null)
    {
        var line = bio ?? _lines.FirstOrDefault(l => l.Text.Contains(name, StringComparison.Ordinal)) ?? _lines.FirstOrDefault(l => !NewsFurniture.Is(l)) ?? _lines[0];
        // Named nowhere in the text, a wire story's author is credited by its dateline ("ALMATY, June 3 (Reuters)").
        var quote = line.Text.Contains(name, StringComparison.Ordinal) ? name
            : NewsDatelines.Find(line.Text) is { } dateline ? line.Text[..dateline.End].TrimEnd(' ', '-', '–', '—')
            : Quotes.Clip(line.Text, 0, line.Text.Length);
        var actor = Add(name, kind, line, quote);
        actor.OfferRole(role, RoleRank.Mention, line, quote);
        return actor;
    }

    private bool TryTitledPerson(Line line, NameRun run)
    {
        var w = line.Words;
        var title = -1;
        for (var i = run.First; i < run.Last; i++)
        {
            if (NewsWords.IsTitle(w[i].Text) || NewsWords.Honorifics.Contains(w[i].Text))
                title = i;
        }
        if (title < 0)
            return false;
        // "Minister of Defence Jo Roe": the portfolio belongs to the title, the name is the two words closing the run.
        var nameFirst = w[title + 1].Lower is "of" or "for" && run.Last - title >= 4 ? run.Last - 1 : title + 1;
        if (run.Last - nameFirst > 3 || !Enumerable.Range(nameFirst, run.Last - nameFirst + 1).All(i => IsPersonWord(w[i])))
            return false;
        var titleStart = title;
        while (titleStart > run.First && (NewsWords.TitleModifiers.Contains(w[titleStart - 1].Text) || NewsWords.IsTitle(w[titleStart - 1].Text)))
            titleStart--;
        var roleStart = run.First;
        if (roleStart > 0 && w[roleStart - 1].Possessive && line.Text[w[roleStart - 1].FullEnd..w[roleStart].Start].Trim().Length == 0)
            roleStart--;
        var name = line.Text[w[nameFirst].Start..w[run.Last].End];
        var person = Add(name, ActorKind.Person, line, line.Text[w[roleStart].Start..w[run.Last].End]);
        AddSurname(person);
        var role = line.Text[w[roleStart].Start..w[nameFirst - 1].FullEnd];
        role = role.EndsWith("'s", StringComparison.Ordinal) ? role[..^2] : role;
        var plural = NewsWords.IsPluralTitle(w[title].Text);
        var office = plural ? w[title].Text[..^1] : w[title].Text;
        role = plural ? role.TrimEnd()[..^1] : role;
        var affiliation = CountryIn(line, roleStart, title)?.Name ?? (NewsWords.StateOffices.Contains(office) ? SoleCountry(line)?.Name : null);
        // "Mr X", "Dr X": a courtesy, no role; the name links to the person named in full elsewhere.
        if (!NewsWords.Honorifics.Contains(office))
            person.OfferRole(role, RoleRank.Title, line, line.Text[w[roleStart].Start..w[run.Last].End]);
        person.Affiliation ??= affiliation;
        // "Presidents X and Y": the second name holds the title as well.
        if (plural && NameRuns.Find(line).FirstOrDefault(r => r.First == run.Last + 2 && w[run.Last + 1].Text == "and") is { } second && IsPersonRun(line, second))
        {
            var other = Add(line.Text[w[second.First].Start..w[second.Last].End], ActorKind.Person, line, line.Text[w[roleStart].Start..w[second.Last].End]);
            AddSurname(other);
            other.OfferRole(role, RoleRank.Title, line, line.Text[w[roleStart].Start..w[second.Last].End]);
            other.Affiliation ??= affiliation;
        }
        return true;
    }

    private void TryPerson(Line line, NameRun run)
    {
        var w = line.Words;
        run = WithoutBodyNoun(line, run);
        if (run.Count is < 2 or > 4 || !Enumerable.Range(run.First, run.Count).All(i => IsPersonWord(w[i]) || (i == run.First && CapitalAsGivenName(line, run))))
            return;
        // "the Silk Road", "Central Asia": a place or an idea, never a person; "is a Senior Lecturer": a title held, never a name.
        // "officials in Port Varna said": a name where things happen is a place, whatever verb follows it.
        if (NewsWords.IsPlaceName(RunWords(line, run)) || (run.First > 0 && w[run.First - 1].Lower is "the" or "a" or "an")
            || (run.First > 0 && PlacePrepositions.Contains(w[run.First - 1].Text) && !w[run.Last].Possessive)
            || (run.Last + 1 < w.Count && NewsWords.PlaceKinds.Contains(w[run.Last + 1].Text)))
            return;
        if (TryBodyAfterNoun(line, run) || OpensWithQuote(line, run))
            return;
        var text = line.Text;
        var name = text[w[run.First].Start..w[run.Last].End];
        var surname = Surname(name);
        var evidence = 0;
        string? role = null;
        var roleRank = 0;
        var quoteStart = w[run.First].Start;
        var quoteEnd = w[run.Last].End;
        (string Name, string Role, bool Company)? employer = null;

        // "journalist Jo Bloggs", "Ruritanian political analyst Jo Bloggs".
        var before = run.First - 1;
        if (before >= 0 && NewsWords.RoleNouns.Contains(w[before].Text) && !w[before].IsCapitalized && NoGap(line, before, run.First))
        {
            var start = RolePhraseStart(line, before);
            role = text[w[start].Start..w[before].End];
            roleRank = RoleRank.RoleNoun;
            quoteStart = w[start].Start;
            evidence++;
            employer = Employer(line, start, before);
        }
        else if (NamedRole(line, run.First) is { } named)
        {
            role = text[w[named].Start..w[run.First - 1].Start].TrimEnd();
            roleRank = RoleRank.RoleNoun;
            quoteStart = w[named].Start;
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
            role = OwnerLast(Owned(line, text[leading..FindCommaBefore(text, w[run.First].Start)], leading, text[leading..quoteEnd], name));
            roleRank = RoleRank.Appositive;
            quoteStart = leading;
            evidence++;
            // "the party's founder, Jo Roe, who made his fortune abroad;": what the clause after the name tells of them too.
            if (WhoClause().Match(text, w[run.Last].End) is { Success: true } who)
            {
                role += ", who " + who.Groups["clause"].Value;
                quoteEnd = who.Groups["clause"].Index + who.Groups["clause"].Length;
            }
        }
        // "says Jo Roe of Harbour Watch, a shipping consultancy": the body a speaker is quoted for, and what it is.
        if (role is null && OfBody(line, run) is { } body)
        {
            role = body.Role;
            roleRank = RoleRank.RoleNoun;
            quoteEnd = body.End;
            // "Jo Roe of investment fund Tidewatch said ...": the subject of a verb of saying, past the body.
            if (w.FirstOrDefault(x => x.Start >= body.End) is { } next && Verbs.IsReporting(next.Text))
                evidence++;
        }
        // "the Green Bloc, led by Jo Roe,": the body the person leads.
        if (role is null && LedBody(line, run) is { } led)
            (role, roleRank, quoteStart) = (led.Role, RoleRank.Appositive, led.Start);
        // "the army relies on Skylink Orbit": what is used, supplied or relied on is a thing unless a role marks a person.
        if (role is null && ObjectOfThingVerb(line, run.First))
            return;
        if (run.Last + 1 < w.Count && Verbs.IsReporting(w[run.Last + 1].Text))
            evidence++;
        // "Jo Bloggs, who replaced Ms Roe, says ...": the subject of a verb of saying, past an aside set off by commas.
        if (SaysPastAside(line, run))
            evidence++;
        // "..., says Jo Roe": a speaker named after the verb of an inverted tag (not words set in capitals for show).
        if (run.First > 0 && Verbs.IsReporting(w[run.First - 1].Text) && char.IsLower(w[run.First - 1].Text[0]) && !Shouting.IsSoftened(line, w[run.First].Start))
            evidence++;
        if (_loneNames.Contains(surname))
            evidence++;
        if (PronounFollows(line, run) && !PersonNamedBefore(line, run))
            evidence++;
        if (IsPassiveAgent(line, run))
            evidence++;
        if (evidence == 0 && (!LooksLikeNameInPassing(line, run) || ListedWithCountry(line, run)))
            return;
        var person = Add(name, ActorKind.Person, line, text[quoteStart..quoteEnd]);
        // The name is a company's or a place's: no surname, no person's role.
        if (person.Kind != ActorKind.Person)
            return;
        AddSurname(person);
        if (role is not null)
        {
            person.OfferRole(role, roleRank, line, text[quoteStart..quoteEnd]);
            person.Affiliation ??= CountryInText(role)?.Name;
        }
        if (employer is { } works)
            AddEmployer(person, line, works, text[quoteStart..quoteEnd]);
    }

    /// <summary>
    /// "Jo Bloggs, Ms Roe's replacement, says", "Jo Bloggs, who replaced her (pending a vote) said": a comma right after the
    /// name opens an aside, and a verb of saying comes right after the comma or bracket closing it, in the same sentence.
    /// </summary>
    private static bool SaysPastAside(Line line, NameRun run)
    {
        var w = line.Words;
        var text = line.Text;
        if (run.Last + 1 >= w.Count || !text[w[run.Last].FullEnd..w[run.Last + 1].Start].Contains(','))
            return false;
        for (var i = run.Last + 2; i < w.Count && i <= run.Last + AsideReach; i++)
        {
            var gap = text[w[i - 1].FullEnd..w[i].Start];
            if (gap.Contains('.') || gap.Contains(';'))
                return false;
            if ((gap.Contains(',') || gap.Contains(')')) && Verbs.IsReporting(w[i].Text))
                return true;
        }
        return false;
    }

    /// <summary>How many words an aside between a speaker's name and their verb of saying may run to.</summary>
    private const int AsideReach = 14;

    /// <summary>"Jo Bloggs ... she said": a personal pronoun later in the sentence or opening the next one.</summary>
    private bool PronounFollows(Line line, NameRun run)
    {
        var index = _lines.IndexOf(line);
        var next = index + 1 < _lines.Count && _lines[index + 1].Sentence.Paragraph == line.Sentence.Paragraph ? _lines[index + 1].Words.Take(3) : [];
        return line.Words.Skip(run.Last + 1).Concat(next).Any(word => word.Text is "he" or "He" or "she" or "She" or "his" or "His" or "her" or "Her" or "him");
    }

    /// <summary>
    /// "Jo Roe is a lecturer in Maritime Economics. She ...": a pronoun after a sentence naming a person before the words
    /// stands for that person, its subject, and is no sign that the words are a name too.
    /// </summary>
    private bool PersonNamedBefore(Line line, NameRun run)
    {
        var before = line.Text[..line.Words[run.First].Start];
        return _actors.Any(a => a.Kind == ActorKind.Person && a.Names.Any(n => before.Contains(n, StringComparison.Ordinal)));
    }

    private static bool IsPersonRun(Line line, NameRun run) =>
        run.Count is >= 2 and <= 4 && Enumerable.Range(run.First, run.Count).All(i => IsPersonWord(line.Words[i]))
        && !Enumerable.Range(run.First, run.Count).Any(i => NewsWords.OrganisationHeads.Contains(line.Words[i].Text))
        && !NewsWords.OrganisationEnds.Contains(line.Words[run.Last].Text);

    private static bool IsPersonWord(Word word) => NameRuns.IsParticle(word.Text) ||
        NameRuns.IsNameWord(word) && word.Text.Length >= 2 && !NameRuns.IsAcronym(word.Text) && !NewsWords.IsFunctionWord(word.Text)
        && !NewsWords.OrganisationHeads.Contains(word.Text) && !NewsWords.IsTitle(word.Text) && !NewsWords.TitleModifiers.Contains(word.Text)
        && !NewsWords.Honorifics.Contains(word.Text) && !NewsWords.StreetWords.Contains(word.Text) && !NewsWords.NonNameWords.Contains(word.Text)
        && !Dates.IsMonth(word.Text) && CountryOf(word.Text) is null && !NewsWords.GroupNouns.Contains(word.Text)
        && !NewsWords.RegionAdjectives.Contains(word.Text) && !NewsWords.Quantifiers.Contains(word.Text);

    private static void AddSurname(ActorDraft person)
    {
        var surname = Surname(person.Name);
        if (surname != person.Name)
            person.AddAlias(surname);
        if (surname.IndexOf('-') is > 0 and var dash && char.IsLower(surname[0]))
            person.AddAlias(surname[(dash + 1)..]);
    }

    private static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// People the article names only by surname: one joined by a hyphen to a known person ("the Roe-Doe summit"), or
    /// one who speaks ("Doe said") and is named more than once.
    /// </summary>
    private void FindLoneSurnames()
    {
        var people = _actors.Where(a => a.Kind == ActorKind.Person).SelectMany(a => a.Names).ToHashSet(StringComparer.Ordinal);
        var counts = _lines.SelectMany(l => l.Words).GroupBy(w => w.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var line in _lines.Where(l => l.IsReporting))
        {
            var w = line.Words;
            for (var i = 0; i < w.Count; i++)
            {
                if (!w[i].IsCapitalized)
                    continue;
                var parts = w[i].Text.Contains('-', StringComparison.Ordinal) ? w[i].Text.Split('-') : [];
                var paired = parts.Length == 2 && parts.All(p => p.Length > 1 && char.IsUpper(p[0])) && parts.AnyIn(people);
                foreach (var candidate in paired ? parts.Where(p => !people.Contains(p)) : [w[i].Text])
                {
                    // "Doe said", not "... to replace Skylink, said Doe" (a thing used) nor "the United States, said Doe" (a longer name's end).
                    var speaks = !paired && i > 0 && i + 1 < w.Count && Verbs.IsReporting(w[i + 1].Text) && counts.GetValueOrDefault(candidate) >= 2 && !EndsThingName(line, i);
                    // "Tarsk Krai reported": the last word of a place's name speaks for it, no person.
                    if (!(paired || speaks) || !IsPersonWord(new Word(candidate, 0, candidate.Length, false)) || NewsWords.PlaceHeads.Contains(candidate) || NamesAfterBodyNouns().Contains(candidate)
                        || _actors.Any(a => a.Names.Contains(candidate, StringComparer.OrdinalIgnoreCase)))
                        continue;
                    var start = w[i].Start + w[i].Text.IndexOf(candidate, StringComparison.Ordinal);
                    // "would take months to replace Skylink, said ...": a named thing the story keeps naming, not a person.
                    var kind = !paired && ObjectOfThingVerb(line, i) ? ActorKind.Organisation : ActorKind.Person;
                    Add(candidate, kind, line, Quotes.Around(line.Text, start, start + candidate.Length));
                    people.Add(candidate);
                }
            }
        }
    }

    /// <summary>"the United States", "Tarsk Railways": the word closes a name of a place or body, not a surname alone.</summary>
    private bool EndsThingName(Line line, int index)
    {
        var w = line.Words;
        if (!NameRuns.IsNameWord(w[index - 1]) || !Words.Adjacent(line.Text, w[index - 1], w[index]))
            return false;
        var pair = w[index - 1].Text + " " + w[index].Text;
        return !IsPersonWord(w[index - 1]) || _actors.Any(a => a.Kind != ActorKind.Person && a.Names.Contains(pair, StringComparer.Ordinal));
    }

    /// <summary>"President Roe" and "Jane Roe" are one person.</summary>
    private void MergePeopleBySurname() => MergeSingleNames((single, p) => p.Aliases.Contains(single.Name, StringComparer.Ordinal));

    /// <summary>
    /// "Jane" and "Jane Roe" are one person when she is the only one the article names so in full: a quotation often
    /// calls someone by the given name alone ("they blame everything on Jane").
    /// </summary>
    private void MergeGivenNames() => MergeSingleNames((single, p) => p.Name.StartsWith(single.Name + " ", StringComparison.Ordinal), alone: true);

    /// <summary>Each person named by one word folded into the person named in full whom it fits (the only one, if <paramref name="alone"/>).</summary>
    private void MergeSingleNames(Func<ActorDraft, ActorDraft, bool> fits, bool alone = false)
    {
        var people = _actors.Where(a => a.Kind == ActorKind.Person).ToList();
        foreach (var single in people.Where(p => !p.Name.Contains(' ')))
        {
            var fitting = people.Where(p => p != single && p.Name.Contains(' ') && fits(single, p)).Take(2).ToList();
            var full = alone && fitting.Count > 1 ? null : fitting.FirstOrDefault();
            if (full is null)
                continue;
            full.Absorb(single);
            _actors.Remove(single);
        }
    }

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

    private static string BioPhrase(string role) => Quotes.Clip(role, 0, role.Length, BioRoleWords).TrimEnd('.');

    /// <summary>
    /// What the bio's later sentences about the person add: "She is also a founder of X", "Additionally, Jo
    /// holds a post at Y", "He also specialises in Z", "His main interests are ...", "Previously, she was a ..." — not
    /// where they live or how to follow them.
    /// </summary>
    private IEnumerable<string> FurtherBioRoles(ActorDraft person, Line bio)
    {
        var names = person.Names.Append(person.Name.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var line in _lines.Where(l => l.Sentence.Paragraph == bio.Sentence.Paragraph && l.Sentence.Index > bio.Sentence.Index))
        {
            if (FurtherBioRole().Match(line.Text) is { Success: true } match && (match.Groups["pronoun"].Success || names.Contains(match.Groups["name"].Value)))
                yield return match.Groups["role"].Value;
        }
    }

    [GeneratedRegex(@"^[^,]*?\b(?:is|was) (?:also )?(?:a|an|the) (?<role>.+)$")]
    private static partial Regex BioRole();

    [GeneratedRegex(@"^(?:(?:Additionally|In addition|Also|Moreover|Furthermore|Currently|Previously|Formerly),? )?"
        + @"(?:(?<pronoun>[Hh]e|[Ss]he|[Tt]hey)|(?<pronoun>[Hh]is|[Hh]er|[Tt]heir)(?= (?:\w+ )?(?:research|work|interests?|focus|expertise)\b)|(?<name>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)*)) (?:also )?"
        + @"(?:(?:is|are) (?:also |currently |now )?(?:a|an|the) (?<role>.+)|(?<role>(?:was|were) (?:\w+ )?(?:a|an|the) .+)"
        + @"|(?:is |are )?(?<role>(?:(?:particularly|especially|also) )*interested in .+)"
        + @"|(?<role>(?:\w+ )?(?:research|work|interests?|focus|expertise) .+)"
        + @"|(?<role>(?:holds|held|serves|served|works|worked|specialises|specializes|specialised|specialized|focuses|focused|leads|led|heads|headed|directs|chairs|teaches|taught|lectures|contributes|contributed|writes for|advises|advised|(?:has|have) (?:\w+ ){0,2}(?:experience|taken part|worked|served|held|written|published|advised|led|taught|contributed)) .+))$")]
    private static partial Regex FurtherBioRole();

    /// <summary>", who made his fortune abroad" closing a clause right after a name.</summary>
    [GeneratedRegex(@"\G,\s+who\s+(?<clause>[^,;.:""\u201C\u201D()]{3,120})(?=[;.]|$)")]
    private static partial Regex WhoClause();
}
