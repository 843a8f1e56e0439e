namespace Bot.Engine.Query.Answerers;

/// <summary>How finely a question asks for a date (a day, a month, a year), and the year a figure is given for.</summary>
internal static partial class AnswerChecks
{
    /// <summary>"which day", "the exact day": a date to the day is asked.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(what|which|exact|precise) day\b")]
    private static partial System.Text.RegularExpressions.Regex AskedDay();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern DayAsked = new(AskedDay());

    /// <summary>"which month", "in what month": a date to the month is asked.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(what|which|exact|precise) month\b")]
    private static partial System.Text.RegularExpressions.Regex AskedMonth();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern MonthAsked = new(AskedMonth());

    /// <summary>"which year", "in what exact year": a date to the year is asked.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(what|which|exact|precise)( exact| precise)? year\b")]
    private static partial System.Text.RegularExpressions.Regex AskedYear();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern YearAsked = new(AskedYear());

    /// <summary>"the 1950s", "the late 1990s": a decade, not a year.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bthe (early |mid |late |mid-)?(1[5-9]|20)[0-9]0s\b")]
    private static partial System.Text.RegularExpressions.Regex Decade();

    /// <summary>A year written as one ("in 1956"), not a decade's "1950s".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d\w])(1[5-9]|20)[0-9]{2}(?![\d\w])")]
    private static partial System.Text.RegularExpressions.Regex YearOnly();

    /// <summary>
    /// "on what exact date", "the precise day": a date to the day is asked, however the rest is worded. So it is by "which
    /// dates in May": the month is given, and only its days are left to ask.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(exact|precise|specific) (date|day)\b|\b(what|which) (dates|days) (in|of) (january|february|march|april|may|june|july|august|september|october|november|december)\b")]
    private static partial System.Text.RegularExpressions.Regex AskedExactDay();

    /// <summary>
    /// Whether the question asks an exact date ("on what exact date was it signed?") and the answer gives none to the
    /// day: "in late 2021" or "in March" tells when only roughly. A day of the month beside its month, or a weekday, gives it.
    /// </summary>
    internal static bool LacksExactDayAsked(string questionWords, string answer)
    {
        if (!AskedExactDay().IsMatch(questionWords))
            return false;
        var words = Text.Tokenizer.Tokens(answer);
        for (var i = 0; i < words.Count; i++)
        {
            if (Weekdays.Contains(words[i]))
                return false;
            if (Vocabulary.MonthNames.ContainsKey(words[i])
                && (DateText.TryDay(words, i - 1, out _) || DateText.TryDay(words, i + 1, out _) || (i > 1 && words[i - 1] == "of" && DateText.TryDay(words, i - 2, out _))))
                return false;
        }
        return true;
    }

    /// <summary>"in a Wednesday evening address", "in March": a day or month after "in" is a time, not a place.</summary>
    private static bool IsTime(string word) => Vocabulary.MonthNames.ContainsKey(word) || Weekdays.Contains(word);

    private static readonly HashSet<string> Weekdays = Enum.GetNames<DayOfWeek>().Select(d => d.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The year an answer gives its figure for, when it is not <paramref name="asked"/> and the evidence never writes that year.</summary>
    /// <remarks>"this year" and "last year" are the article's year and the one before, where the article is dated.</remarks>
    private static int? OtherYearGiven(Turn t, Reply reply, string evidence, int asked)
    {
        var tokens = Text.Tokenizer.Tokens(evidence);
        if (tokens.Contains(asked.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            return null;
        var published = t.Index.Knowledge.Articles is [{ Info.Published: { YearInferred: false } date }] ? date.Year : (int?)null;
        var given = DateText.Find(tokens)?.Year ?? (reply.Fact is { } fact ? Ranker.DateOf(fact.Fact)?.Year : null)
            ?? (published is null ? null : evidence.Contains("this year", StringComparison.OrdinalIgnoreCase) ? published
                : evidence.Contains("last year", StringComparison.OrdinalIgnoreCase) ? published - 1 : null);
        return given is { } year && year != asked ? year : null;
    }
}
