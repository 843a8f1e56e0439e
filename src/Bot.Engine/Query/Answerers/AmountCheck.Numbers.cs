using System.Globalization;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>The numbers a text gives, spelled or in digits, that are amounts rather than years or days of a month.</summary>
internal static partial class AmountCheck
{
    /// <summary>
    /// The number spelled from <paramref name="i"/> on ("fifty", "twenty five", "two hundred thousand"), leaving
    /// <paramref name="i"/> on its last word.
    /// </summary>
    private static long Spelled(List<string> tokens, ref int i)
    {
        long total = 0, part = 0;
        for (; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var small = Array.IndexOf(Vocabulary.NumberWords, token);
            if (small >= 0)
                part += small;
            else if (Vocabulary.LargerNumberWords.TryGetValue(token, out var tens))
                part += tens;
            else if (Vocabulary.Multipliers.TryGetValue(token, out var times) && part > 0)
            {
                part *= times;
                if (times >= 1_000)
                    (total, part) = (total + part, 0);
            }
            else
                break;
        }
        i--;
        return total + part;
    }

    /// <summary>
    /// Texts whose numbers are remembered: a claim with an amount reads the numbers of every fact of every article, as
    /// the tokenizer remembers their tokens (see <see cref="TextMemo{TValue}"/>).
    /// </summary>
    private static readonly TextMemo<string[]> Remembered = new(maxEntries: TextMemo.WorkingSet, maxTextLength: 1000);

    /// <summary>The numbers a text gives that are neither years nor days of a month ("300" in "£300 million", "20" in "20%", "2" for "two").</summary>
    public static List<string> Numbers(string text) => [.. NumbersOf(text)];

    /// <summary>
    /// The numbers a text gives against a claim's (<paramref name="claimTokens"/>): <see cref="Numbers"/>, and one for a
    /// span the claim counts as "one" ("one year" of "up to a year in jail") that the text gives after "a" or "an".
    /// Not after a count ("twice a year", "40 ships a month"), where "a" says how often.
    /// </summary>
    public static List<string> NumbersFor(IReadOnlyList<string> claimTokens, string text)
    {
        var numbers = Numbers(text);
        var spans = Enumerable.Range(1, Math.Max(0, claimTokens.Count - 1)).Where(i => claimTokens[i - 1] == "one" && SingleSpans.Contains(claimTokens[i]))
            .Select(i => claimTokens[i]).ToList();
        if (spans.Count == 0 || numbers.Contains("1"))
            return numbers;
        var tokens = Tokenizer.Tokenize(text);
        var one = Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i - 1] is "a" or "an" && spans.Contains(tokens[i])
            && !tokens.Skip(Math.Max(0, i - 1 - CountBeforeSpan)).Take(Math.Min(i - 1, CountBeforeSpan)).Any(IsCount));
        return one ? [.. numbers, "1"] : numbers;
    }

    /// <summary>Spans of time a claim counts one of ("one year", "one week").</summary>
    private static readonly HashSet<string> SingleSpans = new(StringComparer.Ordinal) { "hour", "day", "week", "month", "year", "decade" };

    /// <summary>How many words before "a year" a count may stand and make it a rate ("40 ships a month").</summary>
    private const int CountBeforeSpan = 2;

    private static bool IsCount(string token) =>
        token.AnyChar(char.IsDigit) || Array.IndexOf(Vocabulary.NumberWords, token) >= 0 || Vocabulary.TimesWords.ContainsKey(token) || token is "times" or "once";

    private static string[] NumbersOf(string text) => Remembered.GetOrAdd(text, static (t, _) => [.. NumbersIn(t)], false);

    private static List<string> NumbersIn(string text)
    {
        // "at 5:00 p.m." says when, not how many; "100,000" is one figure, not "100" and "000".
        var grouped = NumberForms.Grouped(text);
        var tokens = Tokenizer.Tokenize(NumberForms.Ungrouped(NumberForms.WithoutClockTimes(Designation().Replace(text, " "))));
        var numbers = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "two bridges" is 2; "one of them", "the one hosting it" count nothing.
            var spelled = Array.IndexOf(Vocabulary.NumberWords, token);
            if (spelled == 1 && ((i + 1 < tokens.Count && tokens[i + 1] is "of" or "another" or "way" or "side")
                || (i > 0 && tokens[i - 1] is "the" or "this" or "that" or "which" or "no" or "any" or "every" or "some")))
                continue;
            // "a quarter century", "a quarter of a century": a span of years given by its part, 25.
            if (token == "quarter" && SpanAfterPart(tokens, i + 1) is { } span)
            {
                numbers.Add((span / 4).ToString(CultureInfo.InvariantCulture));
                continue;
            }
            // "more than half" is a share: fifty in a hundred.
            if (token == "half")
            {
                numbers.Add("50");
                continue;
            }
            // "a quarter of the land", "two thirds of it" are shares as "half" is, in parts of a hundred.
            if ((ShareAt(tokens, i) ?? ChangeByFractionAt(tokens, i)) is { } share)
            {
                numbers.Add(share.Hundredths);
                i += share.Words - 1;
                continue;
            }
            // "a dozen traders" counts twelve.
            if (token == "dozen" && i > 0 && tokens[i - 1] is "a" or "one")
            {
                numbers.Add("12");
                continue;
            }
            // "for the second time": two times, as "twice" is.
            if (i + 1 < tokens.Count && LatestOccasion(tokens, i + 1))
            {
                numbers.Add((Array.IndexOf(Vocabulary.OrdinalWords, token) + 1).ToString(CultureInfo.InvariantCulture));
                continue;
            }
            // "visited twice": two visits, as "two times" is.
            if (Vocabulary.TimesWords.TryGetValue(token, out var times))
            {
                numbers.Add(times.ToString(CultureInfo.InvariantCulture));
                continue;
            }
            if (spelled >= 1 || Vocabulary.LargerNumberWords.ContainsKey(token))
            {
                numbers.Add(NumberForms.WithoutThousands(Spelled(tokens, ref i).ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            if (grouped.Contains(token) || IsFigure(tokens, i))
                numbers.Add(NumberForms.WithoutThousands(Digits(token)));
        }
        return numbers;
    }

    /// <summary>
    /// The share a fraction at <paramref name="at"/> gives of a whole named after it ("a quarter of", "one third of"), rounded
    /// to parts of a hundred, with how many words it takes. "A third term" or "the first quarter" gives no share.
    /// </summary>
    private static (string Hundredths, int Words)? ShareAt(IReadOnlyList<string> tokens, int at)
    {
        foreach (var (words, hundredths) in SplitFractions)
        {
            if (words.Length > 1 && at + words.Length < tokens.Count && tokens[at + words.Length] == "of" && WordsAt(tokens, at, words))
                return (hundredths, words.Length);
        }
        return null;
    }

    /// <summary>Where among the tokens a number in digits stands that is neither a year nor a day of a month, with its digits.</summary>
    public static List<(int At, string Number)> FiguresAt(IReadOnlyList<string> tokens)
    {
        // A plain loop: every claim and every text checked for figures comes here, and most hold none.
        var figures = new List<(int At, string Number)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsFigure(tokens, i))
                figures.Add((i, Digits(tokens[i])));
        }
        return figures;
    }

    /// <summary>The years of the span named at <paramref name="at"/>, after a part of it ("century", "of a century"), if one is.</summary>
    private static long? SpanAfterPart(IReadOnlyList<string> tokens, int at)
    {
        if (at + 1 < tokens.Count && tokens[at] == "of" && tokens[at + 1] is "a" or "the")
            at += 2;
        return at < tokens.Count && Vocabulary.YearSpans.TryGetValue(tokens[at], out var years) ? years : null;
    }

    /// <summary>Whether the token at <paramref name="i"/> is a number in digits that is neither a year nor a day of a month.</summary>
    private static bool IsFigure(IReadOnlyList<string> tokens, int i)
    {
        var token = Digits(tokens[i]);
        if (token.Length == 0 || token.AsSpan().ContainsAnyExceptInRange('0', '9'))
            return false;
        var isYear = token.Length == 4 && int.Parse(token, CultureInfo.InvariantCulture) is >= 1800 and <= 2100;
        var isDay = (i > 0 && Vocabulary.MonthNames.ContainsKey(tokens[i - 1])) || (i + 1 < tokens.Count && Vocabulary.MonthNames.ContainsKey(tokens[i + 1]));
        return !isYear && !isDay;
    }

    /// <summary>
    /// The digits of a figure written with its scale or unit run on ("1m", "30km", "$2bn" as "2"), as "1 million" gives
    /// "1": the same figure either way. Other tokens stand as they are; only a token opening with a digit is matched,
    /// as every word of every fact passes here.
    /// </summary>
    private static string Digits(string token) =>
        token.Length > 0 && char.IsAsciiDigit(token[0]) && UnitSuffix().Match(token) is { Success: true } figure ? figure.Groups[1].Value : token;

    /// <summary>"MiG-31", "F-16", "Su-27": a capitalised name with a number hyphened to it names a model, and counts nothing.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\p{L}*\p{Lu}\p{L}*-\d+s?\b")]
    private static partial System.Text.RegularExpressions.Regex Designation();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+)(m|bn|mn|tn|trn|k|km|kg|mw|gw)$")]
    private static partial System.Text.RegularExpressions.Regex UnitSuffix();
}
