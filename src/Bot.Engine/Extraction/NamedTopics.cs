using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>A named place, route, conflict or idea the article writes about, where it is first named.</summary>
internal sealed record NamedTopic(string Name, Line Line, int Start, int End);

/// <summary>
/// Capitalised names that are places, routes, conflicts or ideas rather than actors ("Central Asia", "Silk Road",
/// "Cold War", "the Alder conflict"), and laws or plans named in quotation marks ("the so-called “harbour law”",
/// "the “open skies” bill"), and documents or ideas it names ("a 28-point plan", "a report titled “X”", "known as “X”"): the
/// article's named topics.
/// </summary>
internal static partial class NamedTopics
{
    public static List<NamedTopic> Find(IReadOnlyList<Line> lines, IReadOnlyList<ActorDraft> actors)
    {
        var actorNames = actors.SelectMany(a => a.Names).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var found = new List<NamedTopic>();
        foreach (var line in lines.Where(l => l.IsReporting))
        {
            foreach (Match m in QuotedLaw().Matches(line.Text))
            {
                var name = $"{m.Groups["name"].Value} {m.Groups["kind"].Value}".Trim();
                name = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
                if (!actorNames.Contains(name) && !found.Any(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                    found.Add(new NamedTopic(name, line, m.Index, m.Index + m.Length));
            }
            // "a secret 28-point peace proposal", "a report titled “X”", "what became known as “X”": a document or idea the article names.
            foreach (Match m in NamedDocument().Matches(line.Text))
            {
                var name = m.Groups["name"];
                if (!actorNames.Contains(name.Value) && !found.Any(f => f.Name.Equals(name.Value, StringComparison.OrdinalIgnoreCase)))
                    found.Add(new NamedTopic(name.Value, line, name.Index, name.Index + name.Length));
            }
            foreach (var run in NameRuns.Find(line))
            {
                var words = ActorFinder.RunWords(line, run);
                var last = run.Last;
                // "the Alder conflict": a lower-case place word after the name belongs to it ("war veterans" are people).
                if (last + 1 < line.Words.Count && !line.Words[last + 1].IsCapitalized && NewsWords.PlaceHeads.Contains(line.Words[last + 1].Text)
                    && Words.Adjacent(line.Text, line.Words[last], line.Words[last + 1]) && !IsModifier(line, last + 1))
                {
                    last++;
                    words.Add(line.Words[last].Text);
                }
                if (words.Count < 2 || !NewsWords.IsPlaceName(words) || TopicBook.IsAdjective(words[^1]))
                    continue;
                var start = line.Words[run.First].Start;
                var end = line.Words[last].End;
                var name = line.Text[start..end];
                if (ActorFinder.CountryOf(name) is null && !actorNames.Contains(name) && !found.Any(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                    found.Add(new NamedTopic(name, line, start, end));
            }
        }
        return found;
    }

    [GeneratedRegex(@"\b(?<name>\d+-point (?:[\p{Ll}-]+ ){0,2}(?:plan|proposal|document|deal|agreement|framework|programme|program|memo))\b"
        + @"|\b(?:report|study|paper|document|book|essay|film|documentary) (?:titled|entitled) [\u201C""](?<name>[^\u201D""]{3,60})[\u201D""]"
        + @"|\b(?:known as|dubbed|so-called) [\u201C""](?<name>\p{Lu}[^\u201D"" ]{2,40}(?: [^\u201D"" ]+){0,3})[\u201D""]")]
    private static partial Regex NamedDocument();

    [GeneratedRegex(@"\u201C(?<name>[^\u201D]{2,40})\u201D\s+(?<kind>law|bill|act|legislation)\b|\u201C(?<name>[^\u201D]{2,40}\b(?:law|bill|act|doctrine|plan|strategy|initiative|programme|program))\u201D(?<kind>)")]
    private static partial Regex QuotedLaw();

    /// <summary>A word followed straight by a lower-case content word only modifies it ("war veterans").</summary>
    private static bool IsModifier(Line line, int index) =>
        index + 1 < line.Words.Count && !line.Words[index + 1].IsCapitalized && !NewsWords.IsFunctionWord(line.Words[index + 1].Text)
        && Words.Adjacent(line.Text, line.Words[index], line.Words[index + 1]);
}
