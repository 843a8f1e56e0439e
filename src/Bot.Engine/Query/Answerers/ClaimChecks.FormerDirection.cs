namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Claims that an amount is more or less than it was ("did they win more seats than in 2021?") against a text giving the
/// present figure beside its former one ("31 seats, down from 38 in 2021").
/// </summary>
internal static partial class ClaimChecks
{
    /// <summary>
    /// "more seats than in 2021?" of "31 seats, down from 38 in 2021": the text's "down from" says the amount fell, which
    /// "more", "higher" or "bigger" than before denies; "fewer" or "lower" is denied by "up from".
    /// </summary>
    public static bool OtherWayThanFormer(Turn t, string text)
    {
        var tokens = t.Q.Tokens;
        if (!tokens.Contains("than"))
            return false;
        var up = tokens.Any(MoreWords.Contains);
        var down = tokens.Any(LessWords.Contains);
        if (up == down)
            return false;
        var said = Text.Tokenizer.Tokenize(text);
        bool Former(string direction) => Enumerable.Range(1, Math.Max(0, said.Count - 1)).Any(i => said[i] == "from" && said[i - 1] == direction);
        return up ? Former("down") && !Former("up") : Former("up") && !Former("down");
    }

    private static readonly HashSet<string> MoreWords = new(StringComparer.Ordinal) { "more", "higher", "bigger", "larger", "greater" };

    private static readonly HashSet<string> LessWords = new(StringComparer.Ordinal) { "fewer", "less", "lower", "smaller" };
}
