using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// Words that weigh a cause rather than state the claim: "was ignored – chiefly because ...", "reject it not only because
/// ...", "in part stems from ...". They stand before the cue, so a cut there leaves them dangling at the claim's end
/// ("X was ignored – chiefly, because: ..."); they belong to the cue and are left out of the claim.
/// </summary>
internal static partial class ExplanationFinder
{
    /// <summary>The claim without the hedges on the cause at its end; unchanged when too little would be left.</summary>
    private static (Line Line, int Start, int End) WithoutCauseHedge((Line Line, int Start, int End) claim)
    {
        var (line, start, end) = claim;
        var match = CauseHedge().Match(line.Text[..end], start);
        return match.Success && Words.Split(line.Text[start..match.Index]).Count >= 2 ? (line, start, match.Index) : claim;
    }

    [GeneratedRegex(@"(?:\s*[,–—-]?\s+(?:not only|not least|only|chiefly|mainly|mostly|largely|partly|in part|in large part|primarily|principally|precisely|simply|solely|purely|likely|probably|perhaps|possibly|presumably|apparently|allegedly|reportedly|just|also|both|either|at least))+\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CauseHedge();
}
