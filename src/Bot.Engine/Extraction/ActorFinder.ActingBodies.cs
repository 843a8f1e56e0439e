using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>
    /// Common nouns for a body that can act as one ("the harbour council voted", "the regulator said"). A state's own
    /// "government" or "authorities" are left out: they are the state the article already names.
    /// </summary>
    private static readonly HashSet<string> ActingBodyNouns = new(StringComparer.Ordinal)
    {
        "council", "regulator", "union", "committee", "commission", "court", "board", "watchdog", "agency", "parliament",
        "legislature", "assembly", "senate", "cabinet", "army", "military", "police", "navy", "opposition", "municipality",
        "company", "firm", "operator", "consortium", "tribunal", "inspectorate", "junta",
    };

    /// <summary>Plural nouns for people who take a side as one, beyond the named group nouns ("hardliners want").</summary>
    private static readonly HashSet<string> ActingCamps = new(StringComparer.Ordinal)
    {
        "hardliners", "moderates", "reformers", "reformists", "loyalists", "conservatives", "liberals", "hawks", "doves",
        "shopkeepers", "landlords", "tenants", "unions", "employers", "employees", "parents", "teachers", "doctors", "locals",
    };

    /// <summary>Group nouns too vague to stand for one camp ("people say", "groups want") or that are the state itself ("authorities said").</summary>
    private static readonly HashSet<string> VagueGroupNouns = new(StringComparer.Ordinal)
    {
        "people", "groups", "parties", "members", "organisations", "organizations", "movements", "community", "forces", "authorities",
    };

    /// <summary>
    /// "The harbour council voted to ...", "Hardliners in the ruling party want ...", "A senior official said ...":
    /// a body, a camp or one unnamed person the article names only by a common noun, opening a sentence as the one who
    /// acts or speaks. Each is an actor of its own, called as written and by its head noun ("the council"), so what it
    /// decided, said or opposed is drafted as theirs and not the author's.
    /// </summary>
    private void FindActingBodies()
    {
        foreach (var line in _lines.Where(l => l.IsReporting && !NewsFurniture.Is(l)))
        {
            foreach (Match match in ActingSubject().Matches(line.Text))
            {
                var noun = match.Groups["noun"].Value.ToLowerInvariant();
                var determiner = match.Groups["det"].Value.ToLowerInvariant();
                var modifiers = match.Groups["mods"].Captures.Select(c => c.Value.Trim()).ToList();
                if (!PlainModifiers(modifiers, determiner.Length == 0 && match.Index == 0))
                    continue;
                var kind = ActingKind(noun, determiner);
                if (kind is null)
                    continue;
                var written = line.Text[match.Groups["name"].Index..(match.Groups["name"].Index + match.Groups["name"].Length)];
                var name = char.ToLowerInvariant(written[0]) + written[1..];
                // "the council" after "the Harbour City Council" was named: that body, not another.
                if (_actors.Any(a => a.Names.Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase) || n.EndsWith(" " + noun, StringComparison.OrdinalIgnoreCase))))
                    continue;
                var quote = Quotes.Around(line.Text, match.Groups["name"].Index, match.Groups["verb"].Index + match.Groups["verb"].Length);
                AddActingBody(line, name, noun, kind.Value, modifiers, quote);
            }
        }
    }

    private void AddActingBody(Line line, string name, string noun, ActorKind kind, List<string> modifiers, string quote)
    {
        if (kind == ActorKind.Person)
        {
            // "a senior official said" after "senior officials" were named: one of that group.
            if (_actors.FirstOrDefault(a => a.Kind == ActorKind.Group && a.Name.Equals(name + "s", StringComparison.OrdinalIgnoreCase)) is { } group)
            {
                group.AddAlias(name);
                return;
            }
            var person = Add(name, ActorKind.Person, line, quote);
            person.OfferRole($"Unnamed {name}", RoleRank.Appositive, line, quote);
            return;
        }
        var body = new ActorDraft(name, kind, line, quote) { Head = kind == ActorKind.Group ? noun : null, Modifiers = modifiers };
        body.AddAlias("the " + name);
        if (name != noun && !_actors.Any(a => a.Names.Contains(noun, StringComparer.OrdinalIgnoreCase)))
        {
            body.AddAlias(noun);
            body.AddAlias("the " + noun);
        }
        _actors.Add(body);
    }

    /// <summary>What a common noun opening a sentence makes of its subject: a body, a camp, one unnamed person, or nothing.</summary>
    private static ActorKind? ActingKind(string noun, string determiner) => determiner switch
    {
        "the" when ActingBodyNouns.Contains(noun) => ActorKind.Organisation,
        "a" or "an" when NewsWords.RoleNouns.Contains(noun) => ActorKind.Person,
        "" or "many" or "some" when (NewsWords.GroupNouns.Contains(noun) && !VagueGroupNouns.Contains(noun)) || ActingCamps.Contains(noun) => ActorKind.Group,
        _ => null,
    };

    /// <summary>
    /// Lower-case describing words only ("local", "senior", "dock"); a sentence's first word is capitalised whatever it
    /// is, so there it may be a plain word ("Shop owners") but not a name ("Ruritanian officials", found as a group already).
    /// </summary>
    private bool PlainModifiers(List<string> modifiers, bool opensSentence) =>
        modifiers.Select((m, i) => (Word: m, First: i == 0 && opensSentence)).All(m =>
            !NewsWords.IsFunctionWord(m.Word.ToLowerInvariant()) && !Dates.IsMonth(m.Word)
            && (m.Word.All(c => char.IsLower(c) || c == '-') || (m.First && char.IsUpper(m.Word[0]) && m.Word[1..].All(char.IsLower)
                && CountryOf(m.Word) is null && !_loneNames.Contains(m.Word))));

    /// <summary>
    /// A sentence or clause ("..., but the council voted", "because residents fear") opening on a determiner, up to two describing words and a noun, an optional "in the ruling
    /// party", then a verb of saying, deciding or taking a side.
    /// </summary>
    [GeneratedRegex(@"(?<=^|;\s+|,\s+(?:but|and|while|whereas|although|though)\s+|\b(?:but|while|whereas|although|though|because|after)\s+)(?:(?<det>[Tt]he|[Aa]n?|[Mm]any|[Ss]ome)\s+)?(?<name>(?:(?<mods>\p{L}[\p{L}-]*)\s+){0,2}(?<noun>\p{L}[\p{Ll}-]+)(?:\s+(?:in|of|at|from|within)\s+the\s+\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)?)"
        + @"\s+(?:(?:also|have|has|had|now|then|later|will|would|could|may|might|still|have\s+long|had\s+long)\s+)?(?<verb>"
        + @"said|says|say|warned|warns|warn|argued|argues|argue|insisted|insists|insist|claimed|claims|claim|told|announced|announces|urged|urges|"
        + @"voted|votes|vote|decided|decides|decide|approved|approves|approve|rejected|rejects|reject|opposed|opposes|oppose|backed|backs|back|"
        + @"supported|supports|support|endorsed|endorses|welcomed|welcomes|welcome|condemned|condemns|condemn|criticised|criticized|criticise|criticize|"
        + @"want|wants|wanted|fear|fears|feared|called|calls|call|agreed|agrees|agree|refused|refuses|refuse|demanded|demands|demand|"
        + @"threatened|threatens|threaten|plans|planned|plan|accused|accuses|accuse|blamed|blames|blame|ruled|rules|protested|protest|vowed|vows|vow|"
        + @"promised|promises|promise|pledged|pledges|pledge|hope|hopes|hoped|believe|believes|believed|favour|favours|favoured|favor|favors|favored|"
        + @"blocked|blocks|block|pushed|pushes|push|sought|seeks|seek|expect|expects|expected|worry|worries|worried|complained|complain|complains|"
        + @"objected|object|objects|resisted|resist|resists|demanded|ordered|orders|order|launched|launches|fined|fines|banned|bans|suspended|suspends)\b")]
    private static partial Regex ActingSubject();
}
