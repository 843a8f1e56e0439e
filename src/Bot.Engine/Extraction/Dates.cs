using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>A date expression as written: what it gives (year, month, day) or how far it lies from the article's year.</summary>
/// <remarks>A decade or century ("the 1990s", "the late 19th century") is dated by its first year (or the part "mid" or "late" names), marked as a span.</remarks>
/// <remarks>"last month" lies <see cref="MonthsBack"/> from the article's month.</remarks>
internal sealed record DateMention(int Start, int End, int? Year, int? Month, int? Day, int? YearsBack, bool Span = false, int? MonthsBack = null)
{
    public bool HasYear => Year is not null;
}

/// <summary>Finds date expressions in a sentence: "On June 22", "3 May 2024", "May 2011", "in 2012", "in March", "next February", "last year", "last month", "the 1990s".</summary>
internal static partial class Dates
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static bool IsMonth(string word) => MonthNumber(word) is not null;

    public static int? MonthNumber(string word)
    {
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].Equals(word, StringComparison.Ordinal) || word is "Sept" && i == 8)
                return i + 1;
        }
        return null;
    }

    public static List<DateMention> Find(string text)
    {
        text = Shouting.OpeningInOrdinaryCase(text);
        var found = new List<DateMention>();
        foreach (Match m in DayPattern().Matches(text))
            Add(found, m, Year(m), MonthNumber(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), null);
        foreach (Match m in DayFirstPattern().Matches(text))
            Add(found, m, Year(m), MonthNumber(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), null);
        foreach (Match m in MonthYearPattern().Matches(text))
            Add(found, m, Year(m), MonthNumber(m.Groups["m"].Value), null, null);
        foreach (Match m in MonthAlonePattern().Matches(text))
            Add(found, m.Groups["m"], null, MonthNumber(m.Groups["m"].Value), null, null);
        foreach (Match m in MonthOfEventPattern().Matches(text))
            Add(found, m.Groups["m"], null, MonthNumber(m.Groups["m"].Value), null, null);
        foreach (Match m in YearPattern().Matches(text))
            Add(found, m, Year(m), null, null, null);
        foreach (Match m in DecadePattern().Matches(text))
            Add(found, m, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) + Part(m, 10), null, null, null, true);
        foreach (Match m in CenturyPattern().Matches(text))
            Add(found, m, (int.Parse(m.Groups["c"].Value, CultureInfo.InvariantCulture) - 1) * 100 + Part(m, 100), null, null, null, true);
        foreach (Match m in RelativePattern().Matches(text))
            Add(found, m, null, null, null, m.Groups["w"].Value.ToLowerInvariant() switch { "last" or "previous" or "past" => 1, _ => 0 });
        foreach (Match m in LastMonthPattern().Matches(text))
            Add(found, m, null, null, null, null, monthsBack: 1);
        foreach (Match m in AgoPattern().Matches(text))
        {
            if (Count(m.Groups["n"].Value) is not { } n)
                continue;
            var unit = m.Groups["u"].Value;
            if (unit.StartsWith("month", StringComparison.Ordinal))
            {
                if (n < MonthsInYear)
                    Add(found, m, null, null, null, null, monthsBack: n);
            }
            else
                Add(found, m, null, null, null, unit.StartsWith("decade", StringComparison.Ordinal) ? n * YearsInDecade : n);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private const int MonthsInYear = 12;
    private const int YearsInDecade = 10;

    private static readonly string[] CountWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>"a", "four", "25": how many of the unit "ago" counts back; null for a vague "few".</summary>
    private static int? Count(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower is "a" or "an")
            return 1;
        var index = Array.IndexOf(CountWords, lower);
        return index >= 0 ? index : int.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>How far into a decade or century "mid" or "late" puts it.</summary>
    private static int Part(Match m, int length) => m.Groups["p"].Value.ToLowerInvariant() switch { "mid" => length / 2, "late" => length * 3 / 4, _ => 0 };

    private static int? Year(Match m) => m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    private static void Add(List<DateMention> found, Capture capture, int? year, int? month, int? day, int? yearsBack, bool span = false, int? monthsBack = null)
    {
        var start = capture.Index;
        var end = capture.Index + capture.Length;
        if (day is > 31 || found.Any(f => f.Start < end && start < f.End))
            return;
        found.Add(new DateMention(start, end, year, month, day, yearsBack, span, monthsBack));
    }

    private const string Month = "January|February|March|April|May|June|July|August|September|Sept|October|November|December";

    // Days and years are ASCII digits: \d also takes other scripts' digits ("٢٢"), which int.Parse refuses.
    [GeneratedRegex(@"\b(?<m>" + Month + @")\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:1[89]|20)[0-9]{2})\b)?")]
    private static partial Regex DayPattern();

    // "3 May 2024", as British and European outlets write it.
    [GeneratedRegex(@"(?<![\d.,])\b(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?<m>" + Month + @")\b(?:,?\s+(?<y>(?:1[89]|20)[0-9]{2})\b)?")]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\s+(?:of\s+)?(?<y>(?:1[89]|20)[0-9]{2})\b")]
    private static partial Regex MonthYearPattern();

    // A month alone needs a word of time before it, so the verb "may" and names like "June" stay out. "Last" may open
    // the sentence ("Last June the country ..."): it says how far back the month lies (see DateBook).
    [GeneratedRegex(@"\b(?:in|since|by|until|during|from|[Ll]ast|next|early|late|mid|through)[\s\-]+(?<m>" + Month + @")\b(?!\s+\d)")]
    private static partial Regex MonthAlonePattern();

    // "the February elections", "its March summit": a month naming an event it is the month of.
    [GeneratedRegex(@"\b(?:the|its|their|his|her|this|last|\w+'s|\w+’s)\s+(?<m>" + Month + @")\s+(?:elections?|polls?|vote|ballot|referendum|runoff|summit|talks|meeting|visit|protests?|uprising|revolution|offensive|attacks?|invasion|coup|ceasefire|agreement|deal|crisis|floods?|earthquake|riots?|strikes?|session|congress|conference|budget|report)\b")]
    private static partial Regex MonthOfEventPattern();

    [GeneratedRegex(@"(?<![\-\d\w])(?<y>(?:1[89]|20)[0-9]{2})(?![\d\w]|-\d|s\b)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(?:the|(?<p>early|mid|late))[\s\-]+(?<y>(?:1[5-9]|20)[0-9]0)s\b")]
    private static partial Regex DecadePattern();

    [GeneratedRegex(@"\bthe (?:(?<p>early|mid|late)[\s\-]+)?(?<c>1[5-9]|2[01])(?:st|th) century\b")]
    private static partial Regex CenturyPattern();

    [GeneratedRegex(@"\b(?<w>[Ll]ast|[Tt]his|[Pp]revious|[Pp]ast)\s+year(?:'s)?\b|\bin\s+recent\s+(?:months|weeks)\b")]
    private static partial Regex RelativePattern();

    // "four years ago", "a decade ago", "A month ago": counted back from the article's date.
    [GeneratedRegex(@"\b(?<n>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[0-9]{1,2})\s+(?<u>years?|decades?|months?)\s+ago\b")]
    private static partial Regex AgoPattern();

    // "last month": the month before the article's. "This month" and "this week" are left undated: they mostly tell
    // what is going on as the article is written, and a date would set them among the events it reports.
    [GeneratedRegex(@"\b(?:[Ll]ast|[Pp]revious)\s+month\b")]
    private static partial Regex LastMonthPattern();
}
