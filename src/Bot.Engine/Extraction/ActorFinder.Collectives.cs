using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>How often "the researchers" must say or find something before they count as one speaker.</summary>
    private const int MinCollectiveClaims = 2;

    /// <summary>
    /// "the researchers found", "the researchers concluded", '"...," the authors wrote': people the article never
    /// names but keeps quoting as one body. Called by their plural role noun, they are a group of their own, and
    /// "Researchers at X" says whose they are.
    /// </summary>
    private void FindCollectiveSpeakers()
    {
        var claims = _lines.Where(l => l.IsReporting).SelectMany(l => CollectiveClaim().Matches(l.Text).Select(m => (Line: l, Noun: m.Groups["noun"].Value)))
            .Where(c => NewsWords.RoleNouns.Contains(c.Noun[..^1]) && !_actors.Any(a => a.Names.Contains(c.Noun, StringComparer.OrdinalIgnoreCase)));
        foreach (var found in claims.GroupBy(c => c.Noun.ToLowerInvariant()).Where(g => g.Select(c => c.Line).Distinct().Count() >= MinCollectiveClaims))
        {
            var (line, noun) = found.First();
            var group = new ActorDraft(found.Key, ActorKind.Group, line, Quotes.Around(line.Text, line.Text.IndexOf(noun, StringComparison.Ordinal), line.Text.IndexOf(noun, StringComparison.Ordinal) + noun.Length)) { Head = found.Key };
            group.AddAlias("the " + found.Key);
            if (Affiliated(found.Key) is { } whose)
                group.OfferRole(whose.Role, RoleRank.Appositive, whose.Line, whose.Role);
            _actors.Add(group);
        }
    }

    /// <summary>"Researchers at the Harbour Institute": the plural role noun with the body it belongs to.</summary>
    private (string Role, Line Line)? Affiliated(string noun)
    {
        foreach (var line in _lines)
        {
            foreach (Match m in NounOfBody().Matches(line.Text))
            {
                if (m.Groups["noun"].Value.Equals(noun, StringComparison.OrdinalIgnoreCase)
                    && NameRuns.Find(line).FirstOrDefault(r => line.Words[r.First].Start == m.Groups["body"].Index) is { } run)
                    return (line.Text[m.Index..line.Words[run.Last].End], line);
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b[Tt]he (?<noun>\p{Ll}{3,}s)(?: also| have| had)? (?:said|say|says|found|find|wrote|write|concluded|noted|recommended|urged|argued|warned|estimated|added)\b")]
    private static partial Regex CollectiveClaim();

    [GeneratedRegex(@"\b(?<noun>\p{L}{3,}s) (?:at|from|with|of) (?:the )?(?<body>\p{Lu})")]
    private static partial Regex NounOfBody();
}
