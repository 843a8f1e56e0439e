using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Marks where each known actor is mentioned in each sentence, by any of its names: the longest name wins,
/// "Ruritanian" inside "Ruritanian veterans" is the group, not the country.
/// </summary>
internal static class MentionFinder
{
    public static void Mark(IReadOnlyList<Line> lines, IReadOnlyList<ActorDraft> actors)
    {
        var forms = actors.SelectMany(a => a.Names.Select(n => (Form: n, Actor: a))).Where(f => f.Form.Length > 1)
            .OrderByDescending(f => f.Form.Length).ToList();
        foreach (var line in lines)
        {
            // "IT IS BARELY a year since ...": capitals set as style hold no short name of anyone ("IS").
            var lede = CapsLede.End(line);
            var found = new List<Mention>();
            foreach (var actor in actors)
            {
                foreach (var (spanLine, start, end) in actor.Spans)
                {
                    if (spanLine == line)
                        found.Add(new Mention(actor.Id, start, end, IsPossessive(line.Text, end)));
                }
            }
            foreach (var (form, actor) in forms)
            {
                var ignoreCase = char.IsLower(form[0]) || actor.Kind == ActorKind.Group;
                var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                for (var at = line.Text.IndexOf(form, comparison); at >= 0; at = line.Text.IndexOf(form, at + 1, comparison))
                {
                    var end = at + form.Length;
                    if (!IsBoundary(line.Text, at - 1) || !IsBoundary(line.Text, end) || found.Any(m => m.Start < end && at < m.End) || (NameRuns.IsAcronym(form) && (at < lede || Shouting.IsSoftened(line, at))))
                        continue;
                    found.Add(new Mention(actor.Id, at, end, IsPossessive(line.Text, end)));
                }
            }
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            line.Mentions = found;
        }
    }

    private static bool IsBoundary(string text, int index) => index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's';
}
