using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Membership the text says is only sought: a candidate, an applicant or an observer is no member.</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Whether the claim makes its subject a member where the text makes it only a candidate for membership: "was Kessland
    /// admitted as a full member?" of "Kessland became an official candidate for membership". A claim that speaks of the
    /// candidacy itself ("is it a candidate?", "did it apply?") is left to the other checks.
    /// </summary>
    public static bool OnlyCandidate(Turn t, string text)
    {
        // Stemmed in place rather than into a list: every fact a claim is checked against asks it.
        return AnyStemIn(t.Q.Tokens, MemberStems) && !AnyStemIn(t.Q.Tokens, CandidacyStems) && ShortOfMembership().IsMatch(TextNormalizer.Clean(text));
    }

    private static bool AnyStemIn(IReadOnlyList<string> words, HashSet<string> stems)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (stems.Contains(Stemmer.Stem(words[i])))
                return true;
        }
        return false;
    }

    /// <summary>Words of a claim that make its subject a member.</summary>
    private static readonly HashSet<string> MemberStems = Vocabulary.Stems("member", "members", "membership", "admit", "admitted", "join", "joined");

    /// <summary>Words of a claim that ask about seeking membership rather than having it.</summary>
    private static readonly HashSet<string> CandidacyStems = Vocabulary.Stems(
        "candidate", "candidacy", "applicant", "apply", "applied", "application", "observer", "aspire", "aspiring", "bid", "seek", "sought", "want");

    /// <summary>"a candidate for membership", "an applicant to join", "an observer member", "applied for membership".</summary>
    [GeneratedRegex(@"\b(?:candidates?|applicants?|observers?|applied|application)(?: country| state| status)? (?:for|to|of)? ?(?:full |eventual )?(?:membership|member|join)\b|\bobserver (?:member|status)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShortOfMembership();
}
