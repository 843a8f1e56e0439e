using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// "on Tuesday", "last Friday", "Monday's vote": news writing dates the days around the story by weekday, counted from
/// the story's own date, so they are dated only when the article's date gives its day. "Next Monday" looks ahead, and so
/// does a weekday in a clause about what is still to come ("talks are due to resume on Monday", "the board will vote on
/// Friday"); any other weekday is the one before the story.
/// </summary>
internal static partial class Weekdays
{
    public static IEnumerable<DatedSpan> Find(string text, FactDate published, IReadOnlyList<DatedSpan> taken)
    {
        if (published is not { Month: { } month, Day: { } day })
            yield break;
        var today = new DateOnly(published.Year, month, day);
        foreach (Match match in Pattern().Matches(text))
        {
            var name = match.Groups["day"];
            if (taken.Any(t => t.Start < name.Index + name.Length && name.Index < t.End))
                continue;
            var weekday = Enum.Parse<DayOfWeek>(name.Value);
            var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
            var forward = match.Groups["next"].Success || (!match.Groups["last"].Success && LooksAhead(text, match.Index));
            var date = forward ? today.AddDays((int)weekday - (int)today.DayOfWeek is var ahead && ahead <= 0 ? ahead + 7 : ahead)
                : today.AddDays(match.Groups["last"].Success && back == 0 ? -7 : -back);
            yield return new DatedSpan(match.Index, match.Index + match.Length, new FactDate(date.Year, date.Month, date.Day, published.YearInferred));
        }
    }

    /// <summary>Whether the clause a weekday stands in tells of what is still to come: a future cue since its last comma.</summary>
    private static bool LooksAhead(string text, int at)
    {
        var clauseStart = text.LastIndexOfAny([',', ';', ':'], Math.Max(0, at - 1)) + 1;
        return FutureCue().IsMatch(text[clauseStart..at]);
    }

    /// <summary>"will", "is due to", "are expected to", "is set to", "plans to": wording that places an act after the story.</summary>
    [GeneratedRegex(@"\b(?:will|shall|won't|(?:is|are) (?:due|expected|set|scheduled|slated|poised|to)(?: to)?|plans? to|intends? to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    /// <summary>A weekday not followed by the date it names ("Tuesday, June 3" is dated as written).</summary>
    [GeneratedRegex(@"\b(?:(?<last>[Ll]ast )|(?<next>[Nn]ext )|(?:[Oo]n |[Tt]his |[Ee]arly |[Ll]ate ))?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,? (?:January|February|March|April|May|June|July|August|September|October|November|December|[0-9]))")]
    private static partial Regex Pattern();
}
