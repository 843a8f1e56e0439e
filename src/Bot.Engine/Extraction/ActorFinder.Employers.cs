using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>
    /// Role nouns that say whom someone works for, not whom they are kin to nor what place they lead: "Alder leader Jo
    /// Roe" may name a region or a people, "Brenn spokesman Jo Roe" names a body.
    /// </summary>
    private static readonly HashSet<string> StaffRoles = new(StringComparer.Ordinal)
    {
        "executive", "chairman", "chairwoman", "founder", "owner", "director", "manager", "boss", "spokesman", "spokeswoman",
        "spokesperson", "economist", "analyst", "lawyer", "editor", "engineer", "researcher",
    };

    /// <summary>Staff roles that make their employer a company, which the article may then call "the company" or "the firm".</summary>
    private static readonly HashSet<string> CompanyRoles = new(StringComparer.Ordinal) { "executive", "chairman", "chairwoman", "founder", "owner", "boss" };

    /// <summary>
    /// "Brenn chief executive Jo Roe", "Harbour Lines spokesman Ivo Lenz": capitalised words opening a role phrase before a
    /// name are the body the person works for, when they name no country and are a name (used mid-sentence somewhere,
    /// or opening more than one sentence) rather than a sentence's first word.
    /// </summary>
    private (string Name, string Role, bool Company)? Employer(Line line, int start, int roleNoun)
    {
        var w = line.Words;
        var end = start;
        while (end < roleNoun && NameRuns.IsNameWord(w[end]) && !NewsWords.TitleModifiers.Contains(w[end].Text) && !NewsWords.IsTitle(w[end].Text) && !NewsWords.Honorifics.Contains(w[end].Text))
            end++;
        if (end == start || !StaffRoles.Contains(w[roleNoun].Text) || Enumerable.Range(end, roleNoun - end).Any(i => !w[i].Text.All(c => char.IsLower(c) || c == '-')))
            return null;
        var name = line.Text[w[start].Start..w[end - 1].End];
        // "Alder's current president Jo Roe": a possessive owner is as often a place as a body.
        if (w[end - 1].Possessive || CountryOf(name) is not null || CountryOf(w[start].Text) is not null || (start == 0 && !NamedElsewhere(w[0].Text, line)))
            return null;
        return (name, line.Text[w[end].Start..w[roleNoun].End], CompanyRoles.Contains(w[roleNoun].Text));
    }

    private bool NamedElsewhere(string word, Line line) =>
        _loneNames.Contains(word) || _lines.Any(l => l != line && l.Words.Count > 0 && l.Words[0].Text == word);

    /// <summary>The employer as a body of its own, the person's affiliation, and "the company" when no one else is called so.</summary>
    private void AddEmployer(ActorDraft person, Line line, (string Name, string Role, bool Company) employer, string quote)
    {
        var known = _actors.Any(a => a.Names.Contains(employer.Name, StringComparer.OrdinalIgnoreCase));
        var body = Add(employer.Name, ActorKind.Organisation, line, quote);
        if (body.Kind == ActorKind.Person)
            return;
        person.Affiliation ??= body.Name;
        // A body the article describes elsewhere keeps that description (the employer is its faintest one).
        if (known)
            return;
        body.OfferRole($"{(employer.Company ? "Company" : "Body")} whose {employer.Role} is {person.Name}", RoleRank.Mention, line, quote);
        if (!employer.Company)
            return;
        foreach (var alias in new[] { "the company", "the firm" })
        {
            if (!_actors.Any(a => a.Names.Contains(alias, StringComparer.OrdinalIgnoreCase)))
                body.AddAlias(alias);
        }
    }
}
