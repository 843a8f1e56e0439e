using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// A reason that runs into an aside set off by dashes, after which the sentence goes on: "X stalled due to the costs —
/// the guild, which had long sought a seat — withdrew in protest against Y". The reason ends where the aside opens; what
/// follows is a clause of its own, whose subject the aside names, and it may carry a reason of its own.
/// </summary>
internal static partial class ExplanationFinder
{
    /// <summary>
    /// Where a reason starting at <paramref name="from"/> ends: at a dash opening an aside that closes before more words,
    /// else the sentence's end. An aside right after the cue ("because – for now – the economy holds") opens the reason.
    /// </summary>
    private static int BeforeAside(string text, int from) =>
        DashAside().Match(text, from) is { Success: true } aside && Words.Split(text[from..aside.Index]).Count >= 2 ? aside.Index : text.Length;

    /// <summary>The explanation a causal link after such an aside gives, its claim the clause from the aside on; null when there is none.</summary>
    private static Explanation? ExplainedAside(DraftContext context, Line line, int reasonStart)
    {
        var text = line.Text;
        var open = BeforeAside(text, reasonStart);
        if (open == text.Length)
            return null;
        var start = text.IndexOfAny(Dashes, open) + 1;
        var cue = CausalLink().Match(text, start);
        if (!cue.Success || InsideQuotation(text, cue.Index) || Parts(context, (line, start, cue.Index), Reasons(line, cue.Index + cue.Length, text.Length)) is not { } parts)
            return null;
        return Make(context, parts);
    }

    // An aside opened by a dash and closed by another, with words after it: "— the guild, which ... — withdrew".
    [GeneratedRegex(@"\s[—–]\s[^—–]+?\s[—–]\s+\w")]
    private static partial Regex DashAside();
}
