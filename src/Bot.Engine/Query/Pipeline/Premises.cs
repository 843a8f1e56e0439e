using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// Before parsing: a question resting on a claim it takes as given ("Since X resigned, who replaced him?", "Given that
/// the talks failed, what next?"). The claim is checked first, as a yes/no question of its own, so a false premise
/// gets a plain "no" or "the article doesn't say" rather than an answer built on it.
/// </summary>
internal static partial class Premises
{
    /// <summary>The claim taken as given and the question asked on it, or null when the message rests on none.</summary>
    public static (string Claim, string Question)? Split(string text)
    {
        var match = Premise().Match(text);
        if (!match.Success)
            return null;
        var claim = match.Groups["claim"].Value.Trim();
        // "Since 2015, has X ...?", "since then": a time the question starts from, not a claim; so is "since 1991 X has ...,
        // right?", whose claim is all the rest.
        return TimeOnly().IsMatch(claim) || claim.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinClaimWords
            ? null : (claim, match.Groups["question"].Value.Trim());
    }

    /// <summary>
    /// The reply to a question whose premise the article does not bear out: a "no" to the premise is a "no" to the
    /// question; otherwise the article is silent on what the question takes as given.
    /// </summary>
    public static string Refuted(string claim, string check) =>
        check.StartsWith("No", StringComparison.Ordinal) && check.IndexOf(". ", StringComparison.Ordinal) is var end and > 0
            ? $"No. The question takes it as given that {claim}, but the article says otherwise: {check[(end + 2)..]}"
            : $"The question takes it as given that {claim}. {check}";

    /// <summary>Fewer words than this say no claim ("since then", "since last year").</summary>
    private const int MinClaimWords = 3;

    [GeneratedRegex(@"^\W*(?:since|given that|now that|considering that|seeing that|seeing as)\s+(?<claim>[^,?;]+),\s*(?<question>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Premise();

    [GeneratedRegex(@"^(?:when|then|the (?:start|beginning|outset)|(?:early |late |mid )?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d+|last|this|that|the (?:war|invasion|election|vote))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOnly();
}
