using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>Where a wire story was filed, from its dateline: the place, the agency and the day, if the dateline gives them.</summary>
internal sealed record NewsDateline(int End, IReadOnlyList<string> Places, string? Agency, int? Month, int? Day, int? Year);

/// <summary>
/// The dateline that opens a news story's first paragraph: "ALMATY, June 3 (Reuters) -", "TBILISI, Georgia (AP) —",
/// "PORT ALDER, Ruritania, March 12, 2025 —". It says where and when the story was filed, not what happened, so its
/// place is no actor, its agency is the story's outlet and its day the story's date.
/// </summary>
internal static partial class NewsDatelines
{
    /// <summary>The dateline opening the article's first body sentence, with that sentence.</summary>
    public static (Line Line, NewsDateline Dateline)? Of(IReadOnlyList<Line> lines) =>
        lines.FirstOrDefault(l => l.Kind == BlockKind.Body) is { } lede && Find(lede.Text) is { } dateline ? (lede, dateline) : null;

    /// <summary>The text after a dateline, or all of it when it opens with none.</summary>
    public static string Rest(string text) => Find(text) is { } dateline ? text[dateline.End..] : text;

    public static NewsDateline? Find(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
            return null;
        var city = match.Groups["city"].Value;
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        var month = match.Groups["m"].Success ? DateLines.MonthNumber(match.Groups["m"].Value) : null;
        // A place in mixed case opens many sentences ("Moscow - and Minsk - ..."): only an agency or a day makes it a dateline.
        if (city.Any(char.IsLower) && agency is null && month is null)
            return null;
        var places = match.Groups["region"].Success ? new[] { city, match.Groups["region"].Value } : [city];
        return new NewsDateline(match.Length, places, agency, month, Number(match.Groups["d"]), Number(match.Groups["y"]));
    }

    private static int? Number(Group group) => group.Success ? int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private const string Place = @"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}";

    [GeneratedRegex(@"^(?<city>" + Place + @")(?:, (?<region>(?!" + DateLines.MonthPattern + @"\b)" + Place + @"))?(?:,? (?:(?<m>" + DateLines.MonthPattern + @")\.? (?<d>[0-9]{1,2})|(?<d>[0-9]{1,2}) (?<m>" + DateLines.MonthPattern + @")\.?)(?:,? (?<y>(?:19|20)[0-9]{2}))?)?\s*(?:\((?<agency>[^()]{2,40})\))?\s*[-–—]{1,2}\s+(?=\S)")]
    private static partial Regex Pattern();
}
