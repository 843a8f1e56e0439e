using System.Text.RegularExpressions;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Ways news text writes numbers that say something other than their digits: a clock time ("at 5:00 p.m.") says
/// when, not how many, and a figure in thousands is the same figure however its thousands are written ("100,000",
/// "100k", "a hundred thousand").
/// </summary>
internal static partial class NumberForms
{
    /// <summary>The text with its clock times blanked out, character for character, so that positions in it still hold.</summary>
    public static string WithoutClockTimes(string text) =>
        text.Contains(':') || text.Contains('m') || text.Contains('M') ? ClockTime().Replace(text, m => new string(' ', m.Length)) : text;

    /// <summary>
    /// The numbers a text writes with thousands separators ("6,500", "100,000"), without them: each is one figure,
    /// never a year, however many digits it has.
    /// </summary>
    public static HashSet<string> Grouped(string text) =>
        text.Contains(',') ? [.. GroupedNumber().Matches(text).Select(m => m.Value.Replace(",", "", StringComparison.Ordinal))] : [];

    /// <summary>The text with the thousands separators of its numbers left out, so that "100,000" reads as one number.</summary>
    public static string Ungrouped(string text) => text.Contains(',') ? GroupedNumber().Replace(text, m => m.Value.Replace(",", "", StringComparison.Ordinal)) : text;

    /// <summary>
    /// A number's digits without its whole thousands ("100000" as "100", "6500" as it is): the form a figure takes
    /// whether written "100,000", "100k" or "a hundred thousand", as "1m" and "1 million" both read "1".
    /// </summary>
    public static string WithoutThousands(string digits)
    {
        while (digits.Length > ThousandsDigits && digits.EndsWith("000", StringComparison.Ordinal))
            digits = digits[..^ThousandsDigits];
        return digits;
    }

    /// <summary>How many digits a group of thousands takes.</summary>
    private const int ThousandsDigits = 3;

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.m\.|\b\d{1,2}\s*[ap]m\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)")]
    private static partial Regex GroupedNumber();
}
