namespace Bot.Engine.Query.Answerers;

/// <summary>Claims giving a figure of something, checked against what the text gives that figure of.</summary>
internal static partial class ClaimChecks
{
    /// <summary>How many words either side of a figure may say what it is a figure of ("casualties above 40,000").</summary>
    private const int FigureReach = 3;

    /// <summary>
    /// "were casualties above 40,000?" of "it suffered 31,680 casualties, against recruitment of 40,000 a month": the
    /// text gives the claim's figure, but of something else, while what the claim says beside its figure stands beside
    /// another figure of the text. The same figure then says nothing of the claim's thing.
    /// </summary>
    public static bool FigureOfAnother(Turn t, string text)
    {
        var claimFigures = AmountCheck.FiguresAt(t.Q.Tokens);
        if (claimFigures.Count == 0)
            return false;
        var asked = claimFigures.Select(f => f.Number).ToHashSet(StringComparer.Ordinal);
        var claimStems = t.Q.Tokens.Select(Text.Stemmer.Stem).ToList();
        var beside = Beside(claimStems, claimFigures.ConvertAll(f => f.At)).Where(w => t.Q.Residual.Contains(w) && !asked.Contains(w)).ToHashSet(StringComparer.Ordinal);
        if (beside.Count == 0)
            return false;
        var tokens = Text.Tokenizer.Tokens(Text.TextNormalizer.Clean(text));
        var figures = AmountCheck.FiguresAt(tokens);
        var same = figures.Where(f => asked.Contains(f.Number)).Select(f => f.At).ToList();
        var others = figures.Where(f => !asked.Contains(f.Number)).Select(f => f.At).ToList();
        if (same.Count == 0 || others.Count == 0)
            return false;
        var stems = tokens.Select(Text.Stemmer.Stem).ToList();
        var besideSame = Beside(stems, same);
        return !beside.Overlaps(besideSame) && beside.Overlaps(Beside(stems, others));
    }

    /// <summary>The stems within <see cref="FigureReach"/> words of any of the positions given.</summary>
    private static HashSet<string> Beside(IReadOnlyList<string> stems, IReadOnlyList<int> at) =>
        [.. at.SelectMany(a => Enumerable.Range(Math.Max(0, a - FigureReach), Math.Min(stems.Count, a + FigureReach + 1) - Math.Max(0, a - FigureReach)))
            .Where(k => !at.Contains(k)).Select(k => stems[k])];
}
