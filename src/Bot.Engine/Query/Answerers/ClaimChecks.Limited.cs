using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>What a sentence grants, then limits with "though not ..." or "but not ...".</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Whether the text grants part of the claim and then, in a clause opened by "not" ("X backs Y, though not in the form
    /// of arms deliveries", "X sent trucks, but not tanks"), denies a word of the claim that it says nowhere else, itself or
    /// in other words: "does X supply weapons to Y?" is a no. A claim with a negation of its own is left to the other checks;
    /// "not only" and "not just" add rather than limit.
    /// </summary>
    public static bool LimitedAway(Turn t, string text)
    {
        if (t.Q.NegationStems.Count > 0 || t.Q.Residual.Count == 0)
            return false;
        var clean = TextNormalizer.Clean(text);
        // Every limiting clause says "not": most texts, without it, need not be searched for one.
        if (!clean.Contains("not", StringComparison.OrdinalIgnoreCase))
            return false;
        var limits = LimitingClause().Matches(clean);
        if (limits.Count == 0)
            return false;
        var limited = limits.SelectMany(m => Words.Stems(m.Groups["limit"].Value)).ToList();
        var granted = Words.Stems(LimitingClause().Replace(clean, " ")).ToList();
        var names = t.Q.Entities.SelectMany(e => Ranker.EntityStems(t.Index, e)).ToHashSet(StringComparer.Ordinal);
        var words = t.Q.Residual.Where(w => !names.Contains(w) && !Vocabulary.NegationStems.Contains(w)).ToList();
        return words.Any(w => t.Index.CoversLoosely(granted, w))
            && words.Any(w => t.Index.CoversLoosely(limited, w) && !t.Index.CoversLoosely(granted, w));
    }

    /// <summary>A clause after a comma, dash or "but"/"though" that opens with "not" and runs to the next comma or stop.</summary>
    [GeneratedRegex(@"(?:[,;]|\s[-–—]+\s|\b(?:but|though|although|yet)\b)\s*(?:(?:but|though|although|yet)\s+)?not\s+(?!only\b|just\b|merely\b|simply\b|solely\b|purely\b|exclusively\b|least\b)(?<limit>[^,;.!?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LimitingClause();
}
