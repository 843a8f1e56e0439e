using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

internal sealed partial class ActorFinder
{
    /// <summary>
    /// '"...," says a senior official.' or "Ships are late, says a port official.": a speaker the tag describes but never
    /// names is a person of their own (or one of a group the article names), so what was said is theirs and not that
    /// of someone it names.
    /// </summary>
    private void FindUnnamedSpeakers()
    {
        foreach (var (line, match) in _lines.Where(l => l.IsReporting).SelectMany(l => UnnamedSpeaker().Matches(l.Text).Select(m => (l, m))))
        {
            var name = match.Groups["name"].Value;
            var words = name.Split(' ');
            if (!NewsWords.RoleNouns.Contains(words[^1]) || words.Any(NewsWords.IsFunctionWord))
                continue;
            var quote = line.Text[match.Groups["verb"].Index..(match.Groups["name"].Index + name.Length)];
            // "says a senior official" after "senior officials" were named: one of that group.
            if (_actors.FirstOrDefault(a => a.Kind == ActorKind.Group && a.Name.Equals(name + "s", StringComparison.OrdinalIgnoreCase)) is { } group)
            {
                group.AddAlias(name);
                continue;
            }
            var person = Add(name, ActorKind.Person, line, quote);
            person.OfferRole($"Unnamed {name}", RoleRank.Appositive, line, quote);
        }
    }

    [GeneratedRegex(@"(?:[,?!][""\u201D]?|" + QuoteTags.OutsideComma + @")\s+(?<verb>" + QuoteTags.TagVerbs + @")\s+(?:a|an|one)\s+(?<name>(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)(?=\s*(?:[.;]|,\s+who\b|$))")]
    private static partial Regex UnnamedSpeaker();
}
