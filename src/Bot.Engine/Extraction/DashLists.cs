using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// A series set off by a pair of dashes with no "and" ("the board's plan – dredging the channel, cutting fees, hiring
/// pilots – paid off"): the closing dash ends it as an "and" would, so three or more short things or actions make a
/// list named by the words before the opening dash.
/// </summary>
internal static partial class DashLists
{
    private const int MinItems = 3;
    private const int MaxItemWords = 5;

    public static (string Name, List<string> Items, int Start, int End)? Find(string text)
    {
        if (Enclosed().Match(text) is not { Success: true } match || match.Groups["items"].Value.Contains(" and ", StringComparison.Ordinal))
            return null;
        var items = match.Groups["items"].Value.Split(',').Select(i => i.Trim()).ToList();
        if (items.Count < MinItems || items.Any(i => Words.Split(i).Count > MaxItemWords || !(InlineLists.IsItem(i) || InlineLists.IsAction(i))))
            return null;
        // "The study proves that the town's plan – A, B, C –": what the series is starts after the "that".
        var name = match.Groups["name"];
        var that = name.Value.LastIndexOf(" that ", StringComparison.Ordinal);
        var from = name.Index + (that < 0 ? 0 : that + " that ".Length);
        var named = InlineLists.Name(text, from, name.Index + name.Length);
        return named.Length == 0 ? null : (named, items, match.Groups["items"].Index, match.Groups["items"].Index + match.Groups["items"].Length);
    }

    [GeneratedRegex(@"(?<name>[^,:;\u2013\u2014]{3,80}?)\s*[\u2013\u2014]\s*(?<items>[^\u2013\u2014:;.]+?,[^\u2013\u2014:;.]+?)\s*[\u2013\u2014]")]
    private static partial Regex Enclosed();
}
