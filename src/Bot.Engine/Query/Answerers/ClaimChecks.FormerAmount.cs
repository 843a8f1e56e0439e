using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Claims whose amount the text gives only as what it used to be ("45 days, down from 120 days in 2023").</summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "does it still take 120 days?" of "it takes 45 days, down from 120 days in 2023": every amount of the claim that
    /// the text gives stands after "down from" or "up from", a former value, beside another figure that is the present
    /// one. A claim naming the year the former value is dated by ("in 2023?") asks about then, and is left alone.
    /// </summary>
    public static bool OnlyFormerAmount(Turn t, string text)
    {
        var asked = AmountCheck.Numbers(t.Q.Text);
        if (asked.Count == 0)
            return false;
        var tokens = Text.Tokenizer.Tokenize(text);
        var figures = AmountCheck.FiguresAt(tokens);
        var claimed = figures.Where(f => asked.Contains(f.Number)).ToList();
        if (claimed.Count == 0 || !claimed.All(f => IsFormer(tokens, f.At)) || !figures.Any(f => !asked.Contains(f.Number)))
            return false;
        var claimYears = t.Q.Tokens.Where(IsYear).ToHashSet(StringComparer.Ordinal);
        return !claimed.Any(f => tokens.Skip(f.At + 1).Take(FormerYearReach).Any(claimYears.Contains));
    }

    /// <summary>Whether the figure at <paramref name="at"/> follows "down from" or "up from".</summary>
    private static bool IsFormer(IReadOnlyList<string> tokens, int at) => at >= 2 && tokens[at - 1] == "from" && tokens[at - 2] is "down" or "up";

    private static bool IsYear(string token) => token.Length == 4 && token.AllChars(char.IsAsciiDigit);

    /// <summary>How many words after a former value its year may stand ("120 days in 2023").</summary>
    private const int FormerYearReach = 3;
}
