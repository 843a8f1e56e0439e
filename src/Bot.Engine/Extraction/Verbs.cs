using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>Reporting verbs: the words news writing uses to attribute what someone said.</summary>
internal static partial class Verbs
{
    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "telling", "announced", "announces", "denied", "denies", "urged", "urges", "argued", "argues",
        "warned", "warns", "insisted", "insists", "stated", "claimed", "claims", "noted", "declared", "declares", "explained",
        "added", "stressed", "wrote", "writes", "reported", "asserted", "maintained", "contended", "suggested", "acknowledged",
        "admitted", "conceded", "replied", "responded", "predicted", "cautioned", "argue", "insist", "reiterated", "reiterates",
    };

    public static bool IsReporting(string word) => Reporting.Contains(word);

    /// <summary>
    /// Reporting verbs (and "called for", "expressed", "say" after a plural noun: "critics say") as they stand in a sentence, past the passive "can be explained by";
    /// a name given in quotation marks ("what X calls \"legal harassment\""), "as X puts it:", an infinitive ("went so far as to declare that") only where what was said follows, and what a study says
    /// ("found that", "concluded that") only with its "that"; declining to comment or not answering a request for comment is a statement too.
    /// </summary>
    public static IEnumerable<(int Start, int End, string Verb)> FindReporting(string sentence)
    {
        foreach (Match m in ReportingPattern().Matches(sentence))
        {
            var before = sentence[..m.Index].TrimEnd();
            if (before.EndsWith(" be", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" been", StringComparison.OrdinalIgnoreCase))
                continue;
            if (m.Value.StartsWith("explain", StringComparison.OrdinalIgnoreCase) && !Regex.IsMatch(sentence[(m.Index + m.Length)..], @"^\s+(his|her|their|its|that|the)\b"))
                continue;
            yield return (m.Index, m.Index + m.Length, m.Value.ToLowerInvariant());
        }
    }

    [GeneratedRegex(@"\b(?:said|says|told|tells|telling|announced|announces|denied|denies|urged|urges|argued|argues|argue|arguing|warned|warns|insisted|insists|insist|reiterated|reiterates|claiming|(?<=\b\p{L}{2,}s\s+(?:also\s+)?)say(?=\s)|stated|claimed|noted|declared|declares|explained|stressed|asserted|contended|acknowledged|admitted|predicted|cautioned|(?:called|calls|calling) for|expressed|voiced|(?:declare|admit|calls|called)(?=\s+(?:that\b|[""\u201C]))|(?<=\b[Aa]s\s[^,;:]{2,60})\b(?:puts|put)\s+it(?=\s*[:,])|(?:found|concluded|wrote|recommended)(?=\s+that\b)|declined\s+to\s+comment|(?:did\s+not|didn['\u2019]t|failed\s+to)\s+(?:respond|reply)\s+to\s+(?:[^.,;]{0,60}?\s)?requests?\s+for\s+comments?)\b(?!\s+by\b)")]
    private static partial Regex ReportingPattern();
}
