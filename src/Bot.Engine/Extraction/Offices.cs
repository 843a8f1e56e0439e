using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// The offices a sentence gives a person: "his position as Minister of Defence", "to become a presidential aide",
/// "served as envoy to Chile", "was appointed head of the Grain Council". The holder is the subject of the verb that
/// carries the office, found past inserted clauses ("X, who ..., was moved from ..."); an office the person left
/// ("from his post as", "resigned as") reads "former". All the offices of one sentence make one role.
/// </summary>
internal static partial class Offices
{
    private const int MaxOfficeWords = 7;

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "for", "to", "on" };

    public static void Describe(DraftContext context)
    {
        foreach (var line in context.Reporting)
        {
            var held = new Dictionary<string, List<(string Office, int Start, int End)>>();
            foreach (Match cue in Cue().Matches(line.Text))
            {
                if (Office(line, cue.Index + cue.Length) is not var (start, end))
                    continue;
                var holder = context.Subjects.Of(line, cue.Index).Where(id => context.Actor(id).Kind == ActorKind.Person).ToList();
                if (holder.Count != 1)
                    continue;
                var office = line.Text[start..end];
                held.TryAdd(holder[0], []);
                held[holder[0]].Add((cue.Groups["left"].Success ? "former " + office : office, start, end));
            }
            foreach (var (id, offices) in held)
            {
                var from = line.Mentions.FirstOrDefault(m => m.Actor == id && m.End <= offices[0].Start)?.Start ?? 0;
                var quote = Quotes.Window(line.Text, from, offices[^1].End, offices[0].Start, offices[^1].End, Quotes.MaxWords);
                context.Actor(id).OfferRole(string.Join("; ", offices.Select(o => o.Office)), RoleRank.Office, line, quote);
            }
        }
    }

    /// <summary>
    /// The office named from <paramref name="at"/>: words up to the last title or role noun and the capitalised
    /// complement after it ("Minister of Defence", "ambassador to Chile"); null when no title or role noun is there.
    /// </summary>
    private static (int Start, int End)? Office(Line line, int at)
    {
        var w = line.Words;
        var first = line.WordAt(at);
        var last = -1;
        for (var i = first; i < w.Count && i - first < MaxOfficeWords; i++)
        {
            if (i > first && !Words.Adjacent(line.Text, w[i - 1], w[i]))
                break;
            if (w[i].Text == "the" && i > first && Joiners.Contains(w[i - 1].Text))
                continue;
            if (NewsWords.IsFunctionWord(w[i].Text) && !w[i].IsCapitalized)
            {
                // "Minister of Defence", "head of the Grain Council": a joiner only before a capitalised complement.
                var next = i + 1 < w.Count && w[i + 1].Lower == "the" ? i + 2 : i + 1;
                if (!Joiners.Contains(w[i].Text) || last < 0 || next >= w.Count || !w[next].IsCapitalized)
                    break;
                continue;
            }
            if (IsOfficeWord(w[i]) || (last >= 0 && w[i].IsCapitalized))
                last = i;
            if (w[i].Possessive)
                break;
        }
        return last < 0 ? null : (w[first].Start, w[last].End);
    }

    /// <summary>"Minister" as written in a title, or a lower-case role noun ("aide", "envoy"); "a major port" names no office.</summary>
    private static bool IsOfficeWord(Word word) =>
        word.IsCapitalized ? NewsWords.IsTitle(word.Text) || NewsWords.RoleNouns.Contains(word.Text) : NewsWords.RoleNouns.Contains(word.Text);

    [GeneratedRegex(@"(?:\b(?<left>from|left|quit|leaving|lost)\s+)?\b(?:his|her|their)\s+(?:position|post|role|job|office|seat)\s+as\s+(?:(?:the|a|an)\s+)?"
        + @"|\b(?:(?<left>resigned|stepped\s+down|retired)|serves|served|serving|acts|acted|acting|works|worked|working)\s+as\s+(?:(?:the|a|an)\s+)?"
        + @"|\b(?:became|become|becomes|becoming)\s+(?:(?:the|a|an)\s+)?"
        + @"|\b(?:was|were|is|are|be|been|being)\s+(?:appointed|named|elected|made|installed|confirmed)\s+(?:as\s+)?(?:(?:the|a|an)\s+)?")]
    private static partial Regex Cue();
}
