namespace Bot.Engine.Query.Pipeline;

internal static partial class RefusalPolicy
{
    /// <summary>
    /// "did X give up a quarter of its land?" of "X handed over 10% of its territory": the words a claim's figure is
    /// written in ("quarter", "third") say how much, which the claim's figure is held against the sentence's figure for;
    /// no sentence need use them, so an article that never does lacks nothing the claim asks.
    /// </summary>
    private static ParsedQuestion WithoutFigureWords(ParsedQuestion q)
    {
        if (q.Intent is not Intent.YesNo || q.Foreign.Count == 0)
            return q;
        var own = Answerers.Figures.In(q.Text).SelectMany(f => f.Own).ToHashSet(StringComparer.Ordinal);
        return own.Count == 0 ? q : Without(q, [.. q.Foreign.Where(w => own.Contains(Text.Stemmer.Stem(w)))]);
    }
}
