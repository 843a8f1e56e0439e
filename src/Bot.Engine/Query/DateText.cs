using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Engine.Model;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>Writes and reads dates the way people say them ("June 22, 2017", "in May 2011").</summary>
internal static class DateText
{
    /// <summary>"June 22, 2017" or, when the year is only implied, "June 22 (2017, inferred)".</summary>
    public static string Describe(FactDate date)
    {
        var year = date.YearInferred ? $"(year inferred: {date.Year})" : date.Year.ToString(CultureInfo.InvariantCulture);
        return date.Precision switch
        {
            DatePrecision.Day => date.YearInferred ? $"{MonthName(date.Month!.Value)} {date.Day} {year}" : $"{MonthName(date.Month!.Value)} {date.Day}, {year}",
            DatePrecision.Month => date.YearInferred ? $"{MonthName(date.Month!.Value)} {year}" : $"{MonthName(date.Month!.Value)} {date.Year}",
            _ => date.YearInferred ? $"{date.Year} (inferred)" : year,
        };
    }

    /// <summary>
    /// The date described with its day or part of year as the fact's own text writes them ("August 9th (year inferred:
    /// 2020)", "Late 2023"), so that a reader finds the words of the sentence; else as <see cref="Describe"/> puts it.
    /// </summary>
    public static string DescribeAsIn(FactDate date, string text)
    {
        var described = Describe(date);
        if (date is { Precision: DatePrecision.Day, Month: { } month, Day: { } day })
        {
            var name = MonthName(month);
            // Literal words and optional suffixes only, so matching stays linear in the text.
            var written = Regex.Match(text, $@"\b{name} {day}(?<s>st|nd|rd|th)\b", RegexOptions.IgnoreCase);
            return written.Success ? described.Replace($"{name} {day}", $"{name} {day}{written.Groups["s"].Value.ToLowerInvariant()}", StringComparison.Ordinal) : described;
        }
        if (date is { Precision: DatePrecision.Year, YearInferred: false }
            && Regex.Match(text, $@"\b(?<p>early|mid|late)[\s\-]{date.Year}\b", RegexOptions.IgnoreCase) is { Success: true } part)
            return $"{part.Groups["p"].Value.ToLowerInvariant()} {date.Year}";
        return described;
    }

    /// <summary>
    /// The date as a text writes it ("September 4th 2025", "4 September 2025"), if the text gives it to the day: a
    /// reader checking the answer against the article finds the same words.
    /// </summary>
    public static string? AsWritten(string text, FactDate date)
    {
        if (date is not { Month: { } month, Day: { } day, YearInferred: false })
            return null;
        var name = MonthName(month);
        // Literal words and optional suffixes only, so matching is linear in the text: no timeout, which on a
        // starved CPU would fail a good answer rather than stop a runaway match.
        var pattern = $@"\b({name} {day}(st|nd|rd|th)?,? {date.Year}|{day}(st|nd|rd|th)? {name},? {date.Year})\b";
        return Regex.Match(text, pattern) is { Success: true } written ? written.Value : null;
    }

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    /// <summary>Whether a fact's date falls within what the question asked for.</summary>
    public static bool Matches(FactDate date, DateQuery query) =>
        (query.Year is null || query.Year == date.Year)
        && (query.Month is null || query.Month == date.Month)
        && (query.Day is null || query.Day == date.Day);

    /// <summary>
    /// Whether a date a text gives is the one asked: every part asked that the text gives is the same, and it gives the
    /// month and day when they are asked ("in June" gives June 2025 when the year goes unsaid).
    /// </summary>
    public static bool Agrees(DateQuery given, DateQuery asked) =>
        (asked.Year is null || given.Year is null || asked.Year == given.Year)
        && (asked.Month is null || asked.Month == given.Month)
        && (asked.Day is null || asked.Day == given.Day)
        && (given.Year is not null || given.Month is not null);

    /// <summary>Finds a date in question tokens: "june 22", "22nd of june", "may 2011", "in 2011", "in march".</summary>
    public static DateQuery? Find(IReadOnlyList<string> tokens)
    {
        int? year = null, month = null, day = null;
        var used = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 2999)
            {
                year ??= y;
                used.Add(i);
            }
            else if (Vocabulary.MonthNames.TryGetValue(token, out var m) && IsMonthHere(tokens, i))
            {
                month ??= m;
                used.Add(i);
                foreach (var at in (int[])[i + 1, i - 1, i - 2])
                {
                    if ((at != i - 2 || (i >= 1 && tokens[i - 1] == "of")) && TryDay(tokens, at, out var d))
                    {
                        day ??= d;
                        used.Add(at);
                        break;
                    }
                }
            }
        }
        return year is null && month is null ? null : new DateQuery(year, month, day, used);
    }

    /// <summary>Every month the tokens name ("in june", "last june"), whatever year goes with it.</summary>
    public static IEnumerable<int> Months(IReadOnlyList<string> tokens) =>
        Enumerable.Range(0, tokens.Count).Where(i => Vocabulary.MonthNames.ContainsKey(tokens[i]) && IsMonthHere(tokens, i)).Select(i => Vocabulary.MonthNames[tokens[i]]);

    /// <summary>Whether the token at <paramref name="i"/> names a month here ("in may"), not a verb ("it may").</summary>
    public static bool IsMonth(IReadOnlyList<string> tokens, int i) => Vocabulary.MonthNames.ContainsKey(tokens[i]) && IsMonthHere(tokens, i);

    private static bool IsMonthHere(IReadOnlyList<string> tokens, int i)
    {
        // "may" and "march" are also verbs: take them as months only beside a number or after "in".
        if (tokens[i] is not ("may" or "march" or "mar"))
            return true;
        return (i > 0 && tokens[i - 1] is "in" or "of" or "since" or "during" or "early" or "late" or "mid")
            || TryDay(tokens, i + 1, out _) || TryDay(tokens, i - 1, out _)
            || (i + 1 < tokens.Count && tokens[i + 1].Length == 4 && tokens[i + 1].AllChars(char.IsDigit));
    }

    /// <summary>Whether the token at <paramref name="i"/> is a day of the month ("3", "21st"), and which.</summary>
    internal static bool TryDay(IReadOnlyList<string> tokens, int i, out int day)
    {
        day = 0;
        if (i < 0 || i >= tokens.Count)
            return false;
        var token = tokens[i];
        foreach (var suffix in (string[])["st", "nd", "rd", "th"])
        {
            if (token.EndsWith(suffix, StringComparison.Ordinal) && token.Length > 2)
                token = token[..^2];
        }
        return token.Length <= 2 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }
}

/// <summary>A date as asked: any part may be missing. <see cref="Tokens"/> are the question words it used.</summary>
internal sealed record DateQuery(int? Year, int? Month, int? Day, IReadOnlyList<int> Tokens)
{
    public string Describe() => (Year, Month, Day) switch
    {
        (null, { } m, { } d) => $"{DateText.MonthName(m)} {d}",
        ({ } y, { } m, { } d) => $"{DateText.MonthName(m)} {d}, {y}",
        ({ } y, { } m, null) => $"{DateText.MonthName(m)} {y}",
        (null, { } m, null) => DateText.MonthName(m),
        ({ } y, _, _) => y.ToString(CultureInfo.InvariantCulture),
        _ => "that date",
    };
}
