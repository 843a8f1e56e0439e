using System.Text.RegularExpressions;

namespace Bot.Engine.Loading;

/// <summary>The authors a byline names: "Jo Roe and Al Poe", "A, B and C" and "A &amp; B" are several people.</summary>
public static partial class Bylines
{
    public static IReadOnlyList<string> Names(string byline) =>
        Separator().Split(byline).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")]
    private static partial Regex Separator();
}
