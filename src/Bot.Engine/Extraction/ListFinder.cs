using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>Enumerations: "three principal sources: A, B, and C" becomes a list named by what precedes the colon.</summary>
internal static partial class ListFinder
{
    public static List<ListFact> Find(DraftContext context)
    {
        var lists = new List<ListFact>();
        foreach (var line in context.Reporting)
        {
            foreach (Match m in Enumeration().Matches(line.Text))
            {
                var items = ItemSplit().Split(m.Groups["items"].Value).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
                if (items.Count < 2)
                    continue;
                var name = Words.Split(m.Groups["name"].Value).TakeLast(6).ToList();
                // "would come from three sources": the name starts at the number.
                var number = name.FindIndex(w => NewsWords.NumberWords.Contains(w.Text));
                if (number > 0)
                    name = name[number..];
                var nameText = name.Count == 0 ? "list" : m.Groups["name"].Value[name[0].Start..];
                var quote = Quotes.Clip(line.Text, m.Groups["items"].Index, m.Groups["items"].Index + m.Groups["items"].Length);
                lists.Add(new ListFact(context.Ids.Make(nameText, "list"), nameText, [], items, [], context.Evidence(line, quote)));
            }
        }
        return lists;
    }

    [GeneratedRegex(@"(?<name>[^,:;]{3,80}):\s+(?<items>[^:;.]+?,[^:;.]*?\band\b[^:;.]+)")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@",\s*and\s+|,\s*|\s+and\s+")]
    private static partial Regex ItemSplit();
}
