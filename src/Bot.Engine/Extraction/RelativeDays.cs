using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// A sentence dated only by the day told just before it: "The next day the party pushed a bill through", "Two days
/// later ...", "That same day the minister resigned". News tells a run of events so, naming the first day alone.
/// </summary>
internal static partial class RelativeDays
{
    /// <summary>
    /// How many paragraphs back the day counted from may be named: its own or the one before. Further back, "the next
    /// day" follows something the article has told since.
    /// </summary>
    private const int ParagraphsBack = 1;

    /// <summary>
    /// The day a sentence opening on a day counted from the last one (<paramref name="last"/>, named
    /// <paramref name="paragraphsSince"/> paragraphs before) stands for, and where its words stand; null when the sentence
    /// opens otherwise or the last date is no day.
    /// </summary>
    public static (FactDate Date, int Start, int End)? After(string text, FactDate? last, int paragraphsSince)
    {
        if (last is not { Month: { } month, Day: { } day } || paragraphsSince > ParagraphsBack || Opener().Match(text) is not { Success: true } opener)
            return null;
        var days = opener.Groups["count"] is { Success: true } count ? Count(count.Value)
            : opener.Groups["next"].Success ? 1 : 0;
        var date = new DateTime(last.Year, month, day).AddDays(days);
        return (new FactDate(date.Year, date.Month, date.Day, last.YearInferred), opener.Index, opener.Index + opener.Length);
    }

    /// <summary>The counts of days the opener reads, by their value ("a day later" is one).</summary>
    private static readonly string[] DayCounts = ["zero", "one", "two", "three", "four", "five", "six", "seven"];

    private static int Count(string word) => word.Equals("a", StringComparison.OrdinalIgnoreCase) ? 1 : Array.IndexOf(DayCounts, word.ToLowerInvariant());

    /// <summary>"The next day", "on the following day", "A day later", "Three days later", "That same day", "Later that day".</summary>
    [GeneratedRegex(@"^(?:On )?(?:(?:the|that) (?:same|very) day|the (?<next>next|following) day|(?<count>a|one|two|three|four|five|six|seven) days? later|later that day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opener();
}
