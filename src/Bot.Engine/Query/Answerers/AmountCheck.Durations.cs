using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "How long would it take the town to replace the ferry?", "how long til they replace it": a length of time is asked, and
/// only a number of days, months or years gives it ("would likely take six months to replace the ferry"), not another
/// figure a sentence of the same words gives. "How long is the bridge?" asks a length, and is left to the amount checks.
/// </summary>
internal static partial class AmountCheck
{
    public static bool AsksDuration(ParsedQuestion q) => DurationAskedIn.IsMatch(q.Words);

    /// <summary>
    /// Whether the text gives a length of time. Of how long something lasted, "in six days" gives none: it is the span
    /// other things happened within ("its second strike in six days"). Nor does a length that dates one event from
    /// another ("two days after the talks", "a year later", "three years into the war"): it says when, not how long.
    /// </summary>
    public static bool GivesDuration(ParsedQuestion q, string text) =>
        Duration().Matches(text).Concat(VagueDuration().Matches(text)).Concat(OrdinalDuration().Matches(text))
            .Any(m => (!Lasting().IsMatch(q.Words) || !SpanBefore().IsMatch(text[..m.Index])) && !OffsetAfter().IsMatch(text[(m.Index + m.Length)..]));

    /// <summary>The sentence that gives a length of time and says enough of the rest of the question, or null.</summary>
    public static Reply? DurationSentence(Turn t)
    {
        if (!AsksDuration(t.Q))
            return null;
        var sentence = Ranker.BestSentence(t, RankingPolicy.EnoughWords, s => GivesDuration(t.Q, s.Sentence.Text), namedEarlier: true)
            ?? Ranker.BestSentence(t with { Loose = true }, RankingPolicy.EnoughWords, s => GivesDuration(t.Q, s.Sentence.Text), namedEarlier: true);
        return sentence is null ? null : Replies.FromSentence(t, sentence);
    }

    /// <summary>
    /// "how long would it take", "how long til": a length of time. So are "how long has X held it", "for how many years
    /// has X ...", "how long did they give it before ...", "how long do they get it for" and "how long is the lease for": a
    /// state's length, not a count. So is how long a thing in force runs ("how long will the strike go on?").
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bhow long (\w+ ){0,5}(take|takes|took|taking|last|lasts|lasted|run|runs|ran|continue|continues|continued|go on|goes on|went on)\b|\bhow long (til|till|until)\b|\bhow many (hours|days|weeks|months|years) (\w+ ){0,6}(take|takes|took|last|lasts|lasted)\b"
        + @"|\bhow long (has|have|had|s)\b|\bfor how (long|many (days|weeks|months|years|decades|centuries))\b|\bhow many (months|years|decades|centuries) (has|have|had)\b"
        + @"|\bhow long (did|does|do|will|would|is|are|was|were) (\w+ ){1,8}(for|before)\b")]
    private static partial System.Text.RegularExpressions.Regex DurationAsked();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern DurationAskedIn = new(DurationAsked());

    /// <summary>A length of time without a figure ("in a matter of days", "for several years"), which no count of other things is.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(several|a few|a couple of|a matter of)\s(hours|days|weeks|months|years|decades|centuries)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex VagueDuration();

    /// <summary>
    /// "now in its fourth year", "entering a fifth month": the length so far, told by the place of the one under way ("the
    /// second day of the talks" only dates something within them).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(its|their|a) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth) (week|month|year|decade)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OrdinalDuration();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(last|lasts|lasted)\b")]
    private static partial System.Text.RegularExpressions.Regex Lasting();

    /// <summary>"in", "within" right before a length of time (perhaps with "the last", "just"): a span, not how long.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(in|within)( the (last|past|next))?( just| only)?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SpanBefore();

    /// <summary>"after", "later", "ago" right after a length of time: it dates something from another moment.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(after|later|earlier|ago|into)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OffsetAfter();
}
