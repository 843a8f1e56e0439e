using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>Nouns for named things that act in a story without being people or bodies: vessels, and missions run under a name.</summary>
    private const string ThingNouns = "tanker|ship|vessel|boat|frigate|freighter|trawler|ferry|yacht|submarine|destroyer|cruiser|warship|carrier|barge|tug|mission|operation|" + TerritoryNouns;

    /// <summary>"Borduria, a breakaway region that the capital funds": a territory governed apart, a state of sorts.</summary>
    private const string TerritoryNouns = "region|province|enclave|territory|statelet";

    /// <summary>The vessel last introduced, which a later "it has changed its name to X" renames.</summary>
    private ActorDraft? _lastThing;

    /// <summary>
    /// "the Jaguar, a tanker under sanctions," and "a shadow tanker, the Eagle S, was caught": a named vessel (or
    /// mission) introduced by an appositive is an actor, the appositive its role; "renamed X" names it anew.
    /// </summary>
    private void FindNamedThings(Line line)
    {
        // "Marta Quispe, a ship owner": a noun after the vessel's makes it a person's role.
        foreach (Match m in NameThenThing().Matches(line.Text).Where(m => !OwnsTheThing(m.Groups["rest"].Value)))
            AddThing(line, m, m.Groups["role"].Value.Trim());
        foreach (Match m in ThingThenName().Matches(line.Text))
            AddThing(line, m, m.Groups["role"].Value);
        if (_lastThing is not null && Rename().Match(line.Text) is { Success: true } rename)
            _lastThing.AddAlias(rename.Groups["name"].Value);
    }

    private static bool OwnsTheThing(string rest) =>
        Words.Split(rest).FirstOrDefault() is { Text: not null } next && (NewsWords.RoleNouns.Contains(next.Text) || NewsWords.GroupNouns.Contains(next.Text) || NewsWords.OrganisationNouns.Contains(next.Text));

    private void AddThing(Line line, Match match, string role)
    {
        var name = match.Groups["name"].Value;
        // "Yesterday, a tanker ran aground": a sentence's first word is capitalised whatever it is.
        if (match.Groups["name"].Index == 0 && !name.Contains(' ', StringComparison.Ordinal))
            return;
        if (CountryOf(name) is not null || NewsWords.IsFunctionWord(name.ToLowerInvariant()) || _actors.Any(a => a.Kind != ActorKind.Organisation && a.Names.Contains(name, StringComparer.Ordinal)))
            return;
        var quote = Quotes.Trim(match.Value);
        var kind = TerritoryNoun().IsMatch(role) ? ActorKind.State : ActorKind.Organisation;
        var thing = Add(name, kind, line, quote);
        thing.OfferRole(char.ToUpperInvariant(role[0]) + role[1..], RoleRank.Appositive, line, quote);
        _lastThing = thing;
    }

    [GeneratedRegex(@"\b(?:the\s+)?(?<name>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}),\s+(?:a|an)\s+(?<role>(?:[\p{L}-]+\s+){0,3}(?:" + ThingNouns + @")\b(?!\s+(?:" + ThingNouns + @")\b)(?<rest>[^,;:.()\u2013\u2014]*))")]
    private static partial Regex NameThenThing();

    [GeneratedRegex(@"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?<role>(?:[\p{Ll}-]+\s+){0,3}(?:" + ThingNouns + @")),\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?=,)")]
    private static partial Regex ThingThenName();

    [GeneratedRegex(@"\b(?:" + TerritoryNouns + @")\b")]
    private static partial Regex TerritoryNoun();

    [GeneratedRegex(@"\b(?:changed\s+its\s+name\s+to|(?:was\s+|been\s+)?renamed(?:\s+as)?|now\s+sail(?:s|ing)\s+as)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})")]
    private static partial Regex Rename();
}
