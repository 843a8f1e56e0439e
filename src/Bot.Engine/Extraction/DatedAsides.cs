using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>An aside after a name that dates the named thing ("X, a body set up in 1998,"), and whether it tells its founding.</summary>
internal sealed record DatedAside(int NameEnd, int Start, int End, bool Founding);

/// <summary>
/// "The Harbour Board, a body set up in 1998, said ...", "Jo Roe, who was elected in 2019, said on Monday ...": a year
/// inside an aside between commas after a name dates the named thing or person, not what the sentence reports. The date
/// a founding verb gives ("set up", "founded", "established") is when that thing began, which readers ask with any of
/// those verbs.
/// </summary>
internal static partial class DatedAsides
{
    /// <summary>The words readers use to ask when a thing began, whichever of them the article wrote.</summary>
    public static readonly IReadOnlyList<string> FoundingWords = ["founded", "established", "set up", "created", "formed"];

    public static List<DatedAside> Find(string text) =>
        Aside().Matches(text).Select(m => new DatedAside(m.Index, m.Groups["aside"].Index, m.Groups["aside"].Index + m.Groups["aside"].Length,
            Founding().IsMatch(m.Groups["aside"].Value))).ToList();

    /// <summary>Whether a character position lies inside one of the asides.</summary>
    public static bool Inside(IEnumerable<DatedAside> asides, int position) => asides.Any(a => position >= a.Start && position < a.End);

    /// <summary>A capitalised word (or a closing bracket after an acronym), a comma, then an aside with a year that ends at the next comma.</summary>
    [GeneratedRegex(@"(?<=\p{Lu}[\p{L}\-]*\)?), (?<aside>(?:a|an|the|which|who|founded|established|set up|created|formed|launched|elected|appointed)\b[^,;:()""\u201C\u201D]{0,80}?\b(?:1[89]|20)\d\d\b[^,;:()""\u201C\u201D]{0,30}?)(?=,)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\b(?:founded|established|set up|created|formed|launched|co-founded|started)\b")]
    private static partial Regex Founding();
}
