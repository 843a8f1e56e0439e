using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// A line under the title that names the outlet and when it published the piece, with no author: "The Harbour Times,
/// May 2025", "Coast Radio (CR), June 3, 2025". The outlet is the piece's source and the date its own.
/// </summary>
internal static partial class OutletLines
{
    public static (string Outlet, FactDate Date)? Find(IReadOnlyList<Block> blocks) =>
        blocks.Where(b => b.Number > 0).TakeWhile(b => b.Kind == BlockKind.Heading).Select(b => Parse(b.Text)).FirstOrDefault(p => p is not null);

    private static (string Outlet, FactDate Date)? Parse(string text)
    {
        var match = OutletAndDate().Match(text.Trim());
        if (!match.Success || BylineDetails.WholeDate(match.Groups["date"].Value) is not { } date)
            return null;
        // "Coast Radio (CR)": the name without the short form in brackets.
        var outlet = match.Groups["outlet"].Value.Split('(')[0].Trim();
        return outlet.Length > 0 ? (outlet, date) : null;
    }

    [GeneratedRegex(@"^(?<outlet>\p{Lu}[^,]{1,100}?),\s+(?<date>[^,]*\p{L}[^,]*(?:,\s*)?[0-9]{4})$")]
    private static partial Regex OutletAndDate();
}
