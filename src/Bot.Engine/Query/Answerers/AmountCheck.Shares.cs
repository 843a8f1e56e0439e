namespace Bot.Engine.Query.Answerers;

internal static partial class AmountCheck
{
    /// <summary>How many words may stand between the "of" after a part and the whole it is a part of ("one-fifth of the eastern Donetsk region").</summary>
    private const int WholeAfterPartWindow = 5;

    /// <summary>The words ending a share written as a fraction: "quarter" of "a quarter", "fifth" of "one-fifth".</summary>
    private static readonly HashSet<string> FractionWords = [.. Vocabulary.Fractions.Keys.Select(k => k.Split(' ')[^1])];

    /// <summary>"how much of the budget", "what share of the vote": the question asks a part of a whole.</summary>
    private static bool AsksPartOfWhole(IReadOnlyList<string> tokens) =>
        Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i + 1] == "of"
            && (Proportions.Contains(tokens[i]) || (tokens[i] == "much" && i > 0 && tokens[i - 1] == "how")));

    /// <summary>
    /// Whether a part is given of the whole at <paramref name="at"/>: a number or fraction before an "of" that leads to it,
    /// "17.4% of the state's budget", "the remaining one-fifth of the eastern Donetsk region".
    /// </summary>
    private static bool PartBefore(List<string> tokens, int at)
    {
        for (var j = at - 1; j > 0 && j >= at - WholeAfterPartWindow; j--)
        {
            if (tokens[j] == "of")
                return FractionWords.Contains(tokens[j - 1]) || NumberBefore(tokens, j);
        }
        return false;
    }
}
