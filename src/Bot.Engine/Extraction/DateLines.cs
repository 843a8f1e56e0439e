using System.Text.RegularExpressions;
using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// A line that only says when the piece came out: "Updated June 3, 2025 10:42 AM EDT", "Published: 3 June 2025, 14:05 BST",
/// "Last modified on Tue 3 Jun 2025 14.05 BST". The clock time, time zone and weekday say nothing about the day.
/// </summary>
internal static partial class DateLines
{
    public const string MonthPattern = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    /// <summary>A month's number from its name or its usual short form ("Jun", "Sept").</summary>
    public static int? MonthNumber(string word) =>
        word.Length >= 3 && Dates.IsMonth(word) ? Dates.MonthNumber(word)
        : word.Length >= 3 ? Enumerable.Range(1, 12).Select(m => (int?)m).FirstOrDefault(m => Full(m!.Value).StartsWith(word, StringComparison.Ordinal))
        : null;

    /// <summary>The date such a line gives, with or without its "Published"/"Updated" label.</summary>
    public static FactDate? Parse(string text)
    {
        var rest = Time().Replace(Prefix().Replace(text.Trim(), ""), " ");
        rest = Weekday().Replace(rest, " ");
        rest = ShortMonth().Replace(rest, m => Full(MonthNumber(m.Groups["m"].Value)!.Value));
        rest = Spaces().Replace(rest, " ").Trim(' ', ',', '|');
        return BylineDetails.WholeDate(rest);
    }

    /// <summary>A labelled date line ("Updated ...", "Published ..."): when the piece came out, not what it says.</summary>
    public static bool IsDateLine(string text) => Prefix().IsMatch(text.Trim()) && Parse(text) is not null;

    private static string Full(int month) => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[month - 1];

    [GeneratedRegex(@"^(?:(?:First |Last )?(?:Published|Updated|Modified|Posted)|Last updated|Last modified)(?: on| at)?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    /// <summary>"10:42 AM EDT", "14.05 BST", "at 9 a.m. ET", "10:42 GMT+6".</summary>
    [GeneratedRegex(@"(?:\bat\s+)?\b[0-9]{1,2}(?:[:.][0-9]{2}(?:\s*[AaPp]\.?[Mm]\b\.?)?|\s*[AaPp]\.?[Mm]\b\.?)(?:\s*(?:[A-Z]{1,4}T|UTC|GMT|MSK)(?:[+-][0-9]{1,2})?\b)?")]
    private static partial Regex Time();

    [GeneratedRegex(@"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b\.?,?")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<m>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")]
    private static partial Regex ShortMonth();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
