using System.Globalization;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "how many", "how big": the article may report the event but not the amount. An answer to such a
/// question must hold a number (a year or a day of a month is a date, not an amount).
/// </summary>
internal static class AmountCheck
{
    public static bool HoldsAmount(string text) =>
        Tokenizer.Tokenize(text).Any(Vocabulary.AmountWords.Contains) || Numbers(text).Count > 0;

    /// <summary>The numbers a text gives that are neither years nor days of a month ("300" in "£300 million", "20" in "20%", "2" for "two").</summary>
    public static List<string> Numbers(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var numbers = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "two bridges" is 2; "one of them" counts nothing.
            var spelled = Array.IndexOf(Vocabulary.NumberWords, token);
            if (spelled >= 1 && !(spelled == 1 && i + 1 < tokens.Count && tokens[i + 1] is "of" or "another" or "way" or "side"))
            {
                numbers.Add(spelled.ToString(CultureInfo.InvariantCulture));
                continue;
            }
            if (token.Length == 0 || !token.All(char.IsDigit))
                continue;
            var isYear = token.Length == 4 && int.Parse(token, CultureInfo.InvariantCulture) is >= 1800 and <= 2100;
            var isDay = (i > 0 && Vocabulary.MonthNames.ContainsKey(tokens[i - 1])) || (i + 1 < tokens.Count && Vocabulary.MonthNames.ContainsKey(tokens[i + 1]));
            if (!isYear && !isDay)
                numbers.Add(token);
        }
        return numbers;
    }
}
