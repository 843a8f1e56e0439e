using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>What a sentence sets aside in favour of something else ("Ukraine, not Russia", "oil instead of gas").</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// Whether the claim says what the text sets aside: "is Russia holding up the deal?" of "Ukraine, not Russia, was holding
    /// up the deal", "do plants burn gas?" of "plants burn oil instead of gas". The claim puts the alternative the text
    /// rules out where the text puts another. A claim that sets something aside itself ("X rather than Y?", "not Y?")
    /// or names what the text keeps as well asks about the contrast, and is left to the other checks.
    /// </summary>
    public static bool SaysWhatIsSetAside(Turn t, string text)
    {
        if (t.Q.NegationStems.Count > 0 || t.Q.Tokens.Any(ContrastWords.Contains))
            return false;
        var claim = t.Q.Tokens.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        foreach (var (kept, aside) in SetAsideIn(text))
        {
            var asideStems = Words.ContentStems(aside).ToList();
            if (Words.ContentStems(kept).Any(claim.Contains) || asideStems.Count == 0 || asideStems.Any(Placeholders.Contains))
                continue;
            // What is set aside is named by its first word that says something ("not the Russian state": "Russian"), or by a name.
            if (claim.Contains(asideStems[0]) || t.Index.Linker.MentionedIn(aside).Any(t.Q.Entities.Contains))
                return true;
        }
        return false;
    }

    /// <summary>Each contrast the text draws: the word it keeps just before (none when it opens with "Instead of"), and what it sets aside.</summary>
    public static IEnumerable<(string Kept, string Aside)> SetAsideIn(string text)
    {
        var clean = TextNormalizer.Clean(text);
        // The pattern is tried at every word of the text: a text writing none of its contrast words is not searched.
        return ContrastCues.Any(cue => clean.Contains(cue, StringComparison.OrdinalIgnoreCase))
            ? SetAside().Matches(clean).Select(m => (m.Groups["kept"].Value, m.Groups["aside"].Value.Trim()))
            : [];
    }

    /// <summary>What every contrast <see cref="SetAside"/> finds writes, in any case.</summary>
    private static readonly string[] ContrastCues = [", not", "rather than", "instead of"];

    /// <summary>Words with which a claim draws a contrast of its own.</summary>
    private static readonly HashSet<string> ContrastWords = new(StringComparer.Ordinal) { "rather", "instead", "not", "unlike" };

    /// <summary>What "rather than" or "instead of" may set aside that is no thing of its own: "rather than the inverse".</summary>
    private static readonly HashSet<string> Placeholders = Vocabulary.Stems("inverse", "reverse", "opposite", "other", "way", "vice", "versa");

    /// <summary>
    /// "A, not B", "A rather than B", "A instead of B", "Instead of B, A": the word kept just before, what is set aside up
    /// to the end of its clause. "not just B", "not only B" add B rather than set it aside.
    /// </summary>
    [GeneratedRegex(@"(?:(?<kept>[\w’'-]+)(?:, not|,? rather than|,? instead of)|^(?:instead of|rather than)) (?!just\b|only\b|merely\b|simply\b|least\b|necessarily\b|always\b|yet\b|so\b|even\b|because\b|that\b)(?<aside>[^,;:.!?—–()]{1,60})", RegexOptions.IgnoreCase)]
    private static partial Regex SetAside();
}
