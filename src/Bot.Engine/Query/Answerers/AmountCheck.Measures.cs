using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "how much are the fines?" answered "up to 14 days in jail", "how many were killed?" answered "60 percent of all
/// losses": every number the answer gives is a length of time, or a share of something the question does not speak of,
/// so it gives no amount of what is asked; a bare share ("a rise of 68%") may measure anything. "how cold was it?" asks a temperature, which only degrees give.
/// </summary>
internal static partial class AmountCheck
{
    /// <summary>Whether the numbers of <paramref name="evidence"/> are all of a measure the question (its tokens) does not ask.</summary>
    public static bool GivesOtherMeasure(IReadOnlyList<string> question, string evidence)
    {
        if (question.AnyIn(TemperatureWords))
            return !Degrees().IsMatch(evidence);
        var numbers = NumbersOf(evidence).Length;
        if (numbers == 0)
            return false;
        var asked = question.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        // "60 percent of all losses" is a share of the losses: an amount of something else unless the question speaks of them.
        var shares = question.AnyIn(ShareWords) ? 0 : Share().Matches(evidence).Count(m => m.Groups["whole"].Success
            && !Tokenizer.Tokens(m.Groups["whole"].Value).Any(w => asked.Contains(Stemmer.Stem(w))));
        // "how long is the road in kilometres?" asks a length of road, which no number of years gives.
        var asksTime = question.AnyIn(TimeWords) && !question.AnyIn(LengthWords);
        var other = (asksTime ? 0 : Duration().Count(evidence)) + shares;
        return other >= numbers;
    }

    /// <summary>Units and words of a distance or size, which make "how long" ask a length rather than a time.</summary>
    private static readonly HashSet<string> LengthWords = new(StringComparer.Ordinal)
    {
        "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters",
        "feet", "foot", "yards", "distance", "far", "length", "wide", "width", "kilometre-long", "mile-long",
    };

    /// <summary>Words asking a length of time or an age: a number of days or years answers them.</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "long", "time", "duration", "period", "term", "sentence", "sentenced", "age", "old", "since", "until", "hour", "hours", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "decade", "decades", "when", "jail", "prison", "imprisonment",
        "daily", "weekly", "monthly", "yearly", "annual",
    };

    /// <summary>Words asking a share: a percentage answers them.</summary>
    private static readonly HashSet<string> ShareWords = new(StringComparer.Ordinal)
    {
        "percent", "percentage", "%", "share", "proportion", "fraction", "rate", "turnout", "majority", "minority", "part", "poll", "polls", "support",
    };

    private static readonly HashSet<string> TemperatureWords = new(StringComparer.Ordinal) { "cold", "colder", "hot", "hotter", "warm", "warmer", "temperature", "temperatures" };

    /// <summary>A number of hours to centuries, in figures or words ("12–14 years", "two centuries").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d[\d,.]*\s?(?:-\s?)?(?:days?|weeks?|months?|years?|hours?|decades?|century|centuries)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)(?:-|\s)(?:days?|weeks?|months?|years?|hours?|decades?|century|centuries)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Duration();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d[\d,.]*\s?(?:%|per\s?cent\b|percentage points?\b)(?:\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?<whole>[\p{L}-]+(?:\s+[\p{L}-]+)?))?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Share();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s?(?:°|degrees?\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Degrees();
}
