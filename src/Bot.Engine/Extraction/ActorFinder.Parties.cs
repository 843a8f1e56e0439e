using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>Words that, straight after a name, make it a political party: its members or the government it forms.</summary>
    private static readonly HashSet<string> PartyMemberNouns = new(StringComparer.Ordinal)
    {
        "MPs", "lawmakers", "legislators", "deputies", "government", "leadership",
    };

    private readonly List<(Line Line, NameRun Run, bool InPower)> _parties = [];

    /// <summary>
    /// "the Harbour Unity government", "other Harbour Unity MPs", "Harbour Unity, in power since 2012,": a name of two
    /// words or more with no organisation word of its own may be a party, when its members or its government are spoken
    /// of or when it holds power.
    /// </summary>
    private void FindParties(Line line, List<NameRun> runs)
    {
        var w = line.Words;
        foreach (var found in runs)
        {
            // "Harbour Unity MPs": the capitalised plural runs on with the name.
            var run = found.Count >= 3 && PartyMemberNouns.Contains(w[found.Last].Text) ? found with { Last = found.Last - 1 } : found;
            if (run.Count < 2)
                continue;
            var next = run.Last + 1;
            var members = next < w.Count && PartyMemberNouns.Contains(w[next].Text) && NoGap(line, run.Last, next);
            var inPower = InPower().Match(line.Text, w[run.Last].End) is { Success: true } power && power.Index == w[run.Last].End;
            if (members || inPower)
                _parties.Add((line, run, inPower));
        }
    }

    /// <summary>
    /// The parties found, once every person is known ("the Arlo Venn government" is a person's); one in power is also
    /// "the ruling party".
    /// </summary>
    private void AddParties()
    {
        foreach (var (line, run, inPower) in _parties)
        {
            var w = line.Words;
            var name = line.Text[w[run.First].Start..w[run.Last].End];
            if (CountryOf(name) is not null || _actors.Any(a => a.Kind != ActorKind.Organisation && a.Names.Contains(name, StringComparer.OrdinalIgnoreCase)))
                continue;
            var party = Add(name, ActorKind.Organisation, line, Quotes.Around(line.Text, w[run.First].Start, w[run.Last].End));
            party.Affiliation ??= CountryIn(line, run.First, run.Last + 1)?.Name;
            if (inPower)
                party.AddAlias("ruling party");
        }
    }

    [GeneratedRegex(@"\G,\s+(?:which has been )?in power (?:since|for)\b")]
    private static partial Regex InPower();
}
