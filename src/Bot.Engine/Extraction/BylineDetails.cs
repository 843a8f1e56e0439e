using System.Text.RegularExpressions;
using Bot.Engine.Loading;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// What a one-line byline says beside its authors ("By Jo Roe | The Harbour Times | May 2, 2025"): the part that is
/// only a date is the article's date, a part in lower case ("Harbour correspondent") the authors' role, the first part
/// naming something else its outlet.
/// </summary>
internal static partial class BylineDetails
{
    public static FactDate? Date(IReadOnlyList<Block> blocks) =>
        Others(blocks).Select(DateLines.Parse).FirstOrDefault(d => d is not null);

    /// <summary>
    /// The outlet: a part with no digits ("5 min read", a date) that is no label of the piece's kind ("Opinion"), no
    /// role nor the place it was filed from ("Lima"), a part's pieces between commas read alone ("The Harbour Times,
    /// Coast section"); for an unsigned piece, the outlet the byline names as its author.
    /// </summary>
    public static string? Outlet(IReadOnlyList<Block> blocks, string? author) =>
        UnsignedOutlet(blocks, author) ?? Others(blocks).SelectMany(p => WithoutRemark(p).Split(',', StringSplitOptions.TrimEntries))
            .FirstOrDefault(p => p.Length > 0 && char.IsUpper(p[0]) && !p.Any(char.IsDigit) && !Label().IsMatch(p) && !IsRole(p) && !Countries.ByForm.ContainsKey(p));

    /// <summary>"The Harbour Times (Coast section)": the outlet without the remark in brackets after it.</summary>
    private static string WithoutRemark(string part) => part.Split('(')[0].Trim();

    /// <summary>
    /// "By The Harbour Times (Coast section, unsigned)": an outlet stands where the author would, so nobody signs the
    /// piece. A person's name never opens with "The".
    /// </summary>
    public static string? UnsignedOutlet(IReadOnlyList<Block> blocks, string? author)
    {
        if (author is null || !(author.StartsWith("The ", StringComparison.Ordinal) || Others(blocks).Any(p => Unsigned().IsMatch(p))))
            return null;
        var outlet = author.Split('(')[0].Trim();
        return outlet.Length > 0 ? outlet : null;
    }

    /// <summary>The authors' role: a part with no digits that has a word in lower case ("Caucasus correspondent").</summary>
    public static string? Role(IReadOnlyList<Block> blocks) => Others(blocks).FirstOrDefault(p => !p.Any(char.IsDigit) && IsRole(p));

    private static bool IsRole(string part) => RoleWord().IsMatch(part);

    /// <summary>A text that is nothing but a date with its year ("June 27, 2024", "3 May 2024", "May 2024").</summary>
    public static FactDate? WholeDate(string text)
    {
        text = text.Trim().TrimEnd('.');
        return Dates.Find(text) is [{ Year: { } year, Month: { } month, Span: false } only] && only.Start == 0 && only.End == text.Length
            ? new FactDate(year, month, only.Day, false)
            : null;
    }

    private static IEnumerable<string> Others(IReadOnlyList<Block> blocks) =>
        blocks.Where(b => b.Kind == BlockKind.Byline).SelectMany(b => Bylines.Others(b.Text));

    [GeneratedRegex(@"\bunsigned\b", RegexOptions.IgnoreCase)]
    private static partial Regex Unsigned();

    /// <summary>A word in lower case that is no link word of an outlet's name ("The Voice of the People").</summary>
    [GeneratedRegex(@"(?<![\p{L}'’-])(?!(?:of|the|and|for|in|on|at|de|la)\b)\p{Ll}+\b")]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"^(?:Opinion|Analysis|Commentary|Comment|News|Feature|Interview|Explainer|Editorial|Review|Report|Essay|Blog)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
