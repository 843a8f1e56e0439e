using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Sentences that enumerate ("A, B and C", "blackmailed, arrested and tortured", "A, B, or C"): where a list the
/// article gives without announcing it stands, for a question asking for one that no list fact answers.
/// </summary>
internal static partial class Enumerations
{
    /// <summary>Whether the sentence holds a series of three or more items joined by commas and a last "and" or "or".</summary>
    public static bool Enumerates(string text) => Series().IsMatch(text);

    private static bool Enumerates(IndexedSentence sentence) => Enumerates(sentence.Sentence.Text);

    /// <summary>
    /// The sentence best answering a list question that holds a series, if one says enough of the question's words.
    /// Only sentences that say the words are tried, so the pattern runs on a few of them.
    /// </summary>
    public static IndexedSentence? Best(Turn t) =>
        t.Q.Residual.Count == 0 ? null : Ranker.BestSentence(t, minimumCover: RankingPolicy.EnoughWords, accept: Enumerates);

    // Two or more short items after the first, each closed by a comma, then "and"/"or" within a few words
    // ("A, B, C and D", "A, B, and C"); or one item of up to three words before "and"/"or" ("A, B and C").
    // A comma inside a number ("1,000") parts no items.
    [GeneratedRegex(@"(?<!\d), (?:(?:[^,;:()“”""]{1,50}, )+(?:[\w’'-]+ ){0,3}|[\w’'-]+(?: [\w’'-]+){0,2} )(?:and|or) \w")]
    private static partial Regex Series();
}
