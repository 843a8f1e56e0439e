using Bot.Engine.Text;

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

    /// <summary>
    /// "bread up 15% and milk 30%?" of "bread is up 30% and milk 15%": the text gives each of the claim's
    /// figures, but one of them beside none of what the claim gives it of, while those words stand beside another of the
    /// claim's figures there. Clauses joined by "and" or "but" are paired with their figures one by one.
    /// </summary>
    public static bool FiguresSwapped(Turn t, string text)
    {
        // Checked for every fact a yes/no claim meets: most claims hold fewer than two figures and need no clauses.
        if (AmountCheck.FiguresAt(t.Q.Tokens).Count < 2 || FigureClauses(t.Q.Tokens) is not { Count: >= 2 } claimed)
            return false;
        // A word every clause says ("percent") tells no figure from another.
        var shared = claimed.Skip(1).Aggregate(claimed[0].Stems.ToHashSet(StringComparer.Ordinal), (common, c) => [.. common.Intersect(c.Stems)]);
        claimed = claimed.ConvertAll(c => (c.Number, c.Stems.Where(w => !shared.Contains(w)).ToHashSet(StringComparer.Ordinal)));
        var given = FigureClauses(Text.Tokenizer.Tokens(Text.TextNormalizer.Clean(text)));
        var numbers = claimed.Select(c => c.Number).ToHashSet(StringComparer.Ordinal);
        return claimed.Any(c => c.Stems.Count > 0
            && given.Where(g => g.Number == c.Number).ToList() is [_, ..] own && own.All(g => !g.Stems.Overlaps(c.Stems))
            && given.Any(g => g.Number != c.Number && numbers.Contains(g.Number) && g.Stems.Overlaps(c.Stems)));
    }

    /// <summary>The clauses between coordinating words that hold one figure each, with the content stems said there.</summary>
    private static List<(string Number, HashSet<string> Stems)> FigureClauses(IReadOnlyList<string> tokens)
    {
        var clauses = new List<(string, HashSet<string>)>();
        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && !ClauseJoiners.Contains(tokens[i]))
                continue;
            var clause = tokens.Skip(start).Take(i - start).ToList();
            if (AmountCheck.FiguresAt(clause) is [var figure])
                clauses.Add((figure.Number, [.. clause.Where(w => !w.AnyChar(char.IsDigit) && !Vocabulary.Stopwords.Contains(w)).Select(Text.Stemmer.Stem)]));
            start = i + 1;
        }
        return clauses;
    }

    private static readonly HashSet<string> ClauseJoiners = new(StringComparer.Ordinal) { "and", "but", "while", "whereas" };

    /// <summary>The stems within <see cref="FigureReach"/> words of any of the positions given.</summary>
    private static HashSet<string> Beside(IReadOnlyList<string> stems, IReadOnlyList<int> at) =>
        [.. at.SelectMany(a => Enumerable.Range(Math.Max(0, a - FigureReach), Math.Min(stems.Count, a + FigureReach + 1) - Math.Max(0, a - FigureReach)))
            .Where(k => !at.Contains(k)).Select(k => stems[k])];
}
