using System.Text.RegularExpressions;
using Bot.Engine.Loading;

namespace Bot.Engine.Extraction;

/// <summary>
/// "By Jane Roe in Tbilisi and Al Poe in Moscow": where each author filed from follows their name and is no part of it.
/// </summary>
internal static partial class BylinePlaces
{
    /// <summary>The byline's authors without the places they wrote from, in the byline's own list form.</summary>
    public static string? Authors(string? byline) =>
        byline is null ? null : string.Join(", ", Bylines.Names(byline).Select(n => Place().Replace(n, "")));

    [GeneratedRegex(@" in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$")]
    private static partial Regex Place();
}
