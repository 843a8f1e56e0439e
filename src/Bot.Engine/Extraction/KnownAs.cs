using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// Second names the article gives a thing: "X – also known as Y –", "X, now known as Y,", "X (also called Y)".
/// Each pair is two names of one actor or topic.
/// </summary>
internal static partial class KnownAs
{
    public static List<(string Name, string Other)> Find(IEnumerable<Line> lines)
    {
        var pairs = new List<(string, string)>();
        foreach (var line in lines)
        {
            foreach (Match match in Pattern().Matches(line.Text))
            {
                var named = NameRuns.Find(line).LastOrDefault(r => line.Words[r.Last].End <= match.Index && match.Index - line.Words[r.Last].End <= 3);
                if (named is null)
                    continue;
                var name = line.Text[line.Words[named.First].Start..line.Words[named.Last].End];
                pairs.Add((name, match.Groups["other"].Value.Trim()));
            }
        }
        return pairs;
    }

    /// <summary>Adds each second name to the actor or topic the first names, merging a topic drafted under the second name.</summary>
    public static void Apply(IReadOnlyList<(string Name, string Other)> pairs, IReadOnlyList<ActorDraft> actors, TopicBook topics)
    {
        foreach (var (name, other) in pairs)
        {
            foreach (var actor in actors.Where(a => a.Names.Contains(name, StringComparer.OrdinalIgnoreCase) || a.Names.Contains(other, StringComparer.OrdinalIgnoreCase)))
            {
                actor.AddAlias(name);
                actor.AddAlias(other);
            }
            topics.Merge(name, other);
        }
    }

    [GeneratedRegex(@"\s*(?:[\u2013\u2014,(]|--?)\s*(?:also |better |commonly |widely |otherwise |now )?(?:known as|called|dubbed|referred to as)\s+(?:the\s+)?(?<other>\p{Lu}[\p{L}\p{N}'\-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\p{N}'\-]*)*)")]
    private static partial Regex Pattern();
}
