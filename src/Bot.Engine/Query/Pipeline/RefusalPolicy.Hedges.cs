using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

internal static partial class RefusalPolicy
{
    /// <summary>
    /// "are roughly forty people missing?" of "about 40 people are missing": a hedge right before a number says how sure
    /// the figure is, which no sentence needs to say; it is left out of the claim, whether or not the articles use it.
    /// </summary>
    private static ParsedQuestion WithoutHedges(ParsedQuestion q)
    {
        HashSet<string>? hedges = null;
        for (var i = 0; i + 1 < q.Tokens.Count; i++)
        {
            if (Vocabulary.NumberHedges.Contains(q.Tokens[i]) && IsNumber(q.Tokens[i + 1]))
                (hedges ??= new(StringComparer.Ordinal)).Add(q.Tokens[i]);
        }
        return hedges is null ? q : Without(q, hedges);
    }

    /// <summary>
    /// "has the fleet doubled lately?": a word placing a claim only by the asker's now is one the article, dated by its
    /// own words, neither bears out nor gainsays; the claim is checked, and its fact chosen, without it.
    /// </summary>
    private static ParsedQuestion WithoutRecency(ParsedQuestion q) =>
        q.Intent is Intent.YesNo && q.Residual.AnyIn(Vocabulary.RecencyStems) && !q.Residual.AllIn(Vocabulary.RecencyStems)
            ? Without(q, [.. q.Tokens.Where(w => Vocabulary.RecencyStems.Contains(Text.Stemmer.Stem(w)))])
            : q;

    private static bool IsNumber(string token) =>
        (token.Length > 0 && char.IsDigit(token[0])) || Array.IndexOf(Vocabulary.NumberWords, token) > 1 || Vocabulary.LargerNumberWords.ContainsKey(token);
}
