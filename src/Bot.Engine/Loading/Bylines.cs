using System.Text.RegularExpressions;

namespace Bot.Engine.Loading;

/// <summary>
/// A byline line and the authors it names. One line may also name the outlet and the date, set apart by "|", "·",
/// "•", " - " or " — " in any order ("By Jo Roe | The Harbour Times | May 2, 2025"): the part that opens with "By"
/// names the authors. "Jo Roe and Al Poe", "A, B and C" and "A &amp; B" are several people.
/// </summary>
public static partial class Bylines
{
    private const int MaxAuthorLength = 120;
    private const int MaxLineLength = 240;

    public static IReadOnlyList<string> Names(string byline) =>
        Separator().Split(byline).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();

    /// <summary>The authors a byline line names ("Jo Roe and Al Poe"), or null when the line is no byline.</summary>
    public static string? Author(string line)
    {
        if (line.Length >= MaxLineLength)
            return null;
        var by = Parts(line).FirstOrDefault(p => AuthorPart().IsMatch(p));
        return by is null || by.Length >= MaxAuthorLength ? null : by[2..].Trim();
    }

    /// <summary>What a byline line names beside its authors (the outlet, the date), in the order written.</summary>
    public static IReadOnlyList<string> Others(string line) => Parts(line).Where(p => !AuthorPart().IsMatch(p)).ToList();

    private static List<string> Parts(string line) =>
        PartSeparator().Split(line.TrimStart('•', '*', '-', ' ', '\t')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*[|·•]\s*|\s+[-–—]\s+")]
    private static partial Regex PartSeparator();

    /// <summary>"By Jo Roe", not a sentence that opens with "By the end of 2022".</summary>
    [GeneratedRegex(@"^[Bb][Yy]\s+\p{Lu}")]
    private static partial Regex AuthorPart();
}
