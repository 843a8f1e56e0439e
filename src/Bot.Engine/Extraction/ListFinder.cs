using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Enumerations: "three principal sources: A, B, and C" (or a dash for the colon), "two units: A and B", or "the plan – A, B, C –",
/// becomes a list named by what precedes it; one inside
/// a sentence ("sway opinion through A, B and C", or items parted by semicolons) a list named by the words before its
/// first item; points made "First, ... Second, ..." or a bulleted list a list named by the sentence announcing them.
/// </summary>
internal static partial class ListFinder
{
    private const int PointWords = 16;
    private const int MaxDashItemWords = 5;

    /// <summary>Without a colon or a dash no enumeration starts: the pattern is not tried at each place of the sentence for nothing.</summary>
    private static IEnumerable<Match> Enumerations(string text) => text.AsSpan().IndexOfAny(":\u2013\u2014") < 0 ? [] : Enumeration().Matches(text);

    public static List<ListFact> Find(DraftContext context)
    {
        var lists = new List<ListFact>();
        foreach (var line in context.Reporting)
        {
            foreach (var m in Enumerations(line.Text))
            {
                var items = ItemSplit().Split(m.Groups["items"].Value).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
                // A dash also sets off asides and afterthoughts ("– and X as ...", "– meaning that ..."): only a run of short names is a list.
                // "wager was clear: that X would ...", "cohesion – is fracturing A, B and C": items opening on a verb or a
                // relative are clauses.
                if (items.Count < 2 || items.Any(OpensClause) || (m.Groups["dash"].Success && items.Any(i => Words.Split(i).Count > MaxDashItemWords || i.StartsWith("and ", StringComparison.Ordinal) || i.StartsWith("but ", StringComparison.Ordinal))))
                    continue;
                var name = Words.Split(m.Groups["name"].Value).TakeLast(6).ToList();
                // "would come from three sources": the name starts at the number.
                var number = name.FindIndex(w => NewsWords.NumberWords.Contains(w.Text));
                if (number > 0)
                    name = name[number..];
                var nameText = name.Count == 0 ? "list" : m.Groups["name"].Value[name[0].Start..].TrimEnd();
                lists.Add(Make(context, line, nameText, items, m.Groups["items"].Index, m.Groups["items"].Index + m.Groups["items"].Length));
            }
            if (DashLists.Find(line.Text) is { } enclosed && !lists.Any(l => l.Items.Contains(enclosed.Items[^1])))
                lists.Add(Make(context, line, enclosed.Name, enclosed.Items, enclosed.Start, enclosed.End));
            if (Pair().Match(line.Text) is { Success: true } pair && PairItems(pair.Groups["items"].Value) is { } two)
                lists.Add(Make(context, line, pair.Groups["name"].Value.Trim(), two, pair.Groups["items"].Index, pair.Groups["items"].Index + pair.Groups["items"].Length));
            foreach (var (name, items, start, end) in InlineLists.Find(line.Text).Where(f => !lists.Any(l => l.Items.Contains(f.Items[^1]))))
                lists.Add(Make(context, line, name, items, start, end));
            if (SemicolonLists.Find(line.Text) is { } series && !lists.Any(l => l.Items.Contains(series.Items[^1])))
                lists.Add(Make(context, line, series.Name.Length > 0 ? series.Name : "list", series.Items, series.Start, series.End));
        }
        foreach (var (announcement, items) in BulletLists.Find(context))
        {
            var name = OrdinalRuns.Claim(announcement).TrimEnd(':');
            lists.Add(Announced(context, announcement, name, items));
        }
        foreach (var run in OrdinalRuns.Find(context))
        {
            var items = run.Points.Select(p => Quotes.Clauses(p.Line.Text, p.Start, p.Start, PointWords, p.Start).TrimEnd('.')).ToList();
            var (line, name) = run.Announcement is { } announcement ? (announcement, OrdinalRuns.Claim(announcement)) : (run.Points[0].Line, "points");
            lists.Add(Announced(context, line, name, items));
        }
        return lists;
    }

    /// <summary>Items spread over sentences that follow: the quote is the sentence announcing them.</summary>
    private static ListFact Announced(DraftContext context, Line line, string name, List<string> items) =>
        new(context.Ids.Make(name, "list"), name, [], items, [], context.Evidence(line, Quotes.Clip(line.Text, 0, line.Text.Length)));

    /// <summary>
    /// The quote is as much of the sentence as fits around the items: what it says of them ("opposition would come from") matters.
    /// A sentence opening on a word that points back ("They point to A; B; C", "These include A, B and C") lists
    /// what the sentence before spoke of, which names the list too.
    /// </summary>
    private static ListFact Make(DraftContext context, Line line, string name, List<string> items, int start, int end) =>
        new(context.Ids.Make(name, "list"), name, PointsBack(line) && context.Before(line) is { } before ? [before.Text] : [], items, [],
            context.Evidence(line, Quotes.Window(line.Text, 0, line.Text.Length, start, end, Quotes.MaxWords)));

    private static bool PointsBack(Line line) => line.Words.FirstOrDefault().Text is { } first && BackPointers.Contains(first);

    private static readonly HashSet<string> BackPointers = new(StringComparer.Ordinal) { "They", "These", "Those", "This", "That", "It", "Such", "Both" };

    [GeneratedRegex(@"(?<name>[^,:;\u2013\u2014]{3,80})(?::\s+|\s*(?<dash>[\u2013\u2014])\s*)(?<items>[^:;.\u2013\u2014]+?,[^:;.\u2013\u2014]*?\band\b[^:;.\u2013\u2014]+)")]
    private static partial Regex Enumeration();

    private static bool OpensClause(string item) =>
        Words.Split(item).FirstOrDefault().Text is { } first && (NewsWords.Auxiliaries.Contains(first) || ClauseOpeners.Contains(first));

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "that", "which", "who", "whose", "while" };

    /// <summary>"Two posts fell vacant: the harbour master and the town clerk": the two things announced, as two short noun phrases.</summary>
    private static List<string>? PairItems(string items)
    {
        var parts = items.Split(" and ").Select(i => i.Trim().TrimEnd('.').TrimEnd()).ToList();
        return parts.Count == 2 && parts.All(InlineLists.IsItem) ? parts : null;
    }

    /// <summary>A colon after a phrase announcing two things (a comma only inside a number), and two items joined by "and" with no comma.</summary>
    [GeneratedRegex(@"(?<name>\b(?:[Tt]wo|[Bb]oth)\b(?:[^,:;\u2013\u2014]|(?<=\d),(?=\d)){3,70}):\s+(?<items>[^,:;.\u2013\u2014]+?\band\b[^,:;.\u2013\u2014]+)")]
    private static partial Regex Pair();

    [GeneratedRegex(@",\s*and\s+|,(?!\d)\s*|\s+and\s+")]
    private static partial Regex ItemSplit();
}
