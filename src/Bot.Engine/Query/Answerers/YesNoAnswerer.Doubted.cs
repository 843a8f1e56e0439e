using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>Claims a sentence states and then doubts in its own last clause.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "X met Y, apparently to discuss the transfer, although this appears unlikely to come to pass": a closing contrast
    /// whose subject points back at what was just said ("this", "that", "it") and doubts it takes back the "yes" to a
    /// claim about the clause right before it (the transfer), not one about the sentence's main clause (the meeting):
    /// the claim must say more of its words in that clause than before it. A doubt about something else ("but a deal
    /// is unlikely") is left to the usual checks.
    /// </summary>
    private static bool DoubtedAfterward(Turn t, string text)
    {
        if (ClosingDoubt().Match(text) is not { Success: true } doubt || !LowerWords(doubt.Groups["doubt"].Value).Any(Vocabulary.Doubts.Contains))
            return false;
        var before = text[..doubt.Index];
        var comma = before.LastIndexOf(',');
        if (comma < 0)
            return false;
        var doubted = LowerWords(before[comma..]).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var rest = LowerWords(before[..comma]).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        return t.Q.Residual.Count(doubted.Contains) > t.Q.Residual.Count(rest.Contains);
    }

    private static IEnumerable<string> LowerWords(string text) => Text.Tokenizer.Tokens(text).Select(w => w.ToLowerInvariant());

    [GeneratedRegex(@",\s+(?:but|yet|though|although)\s+(?:this|that|it)\b(?<doubt>[^,;]*)[.!?]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingDoubt();
}
