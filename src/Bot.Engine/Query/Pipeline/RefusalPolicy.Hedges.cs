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

    private static bool IsNumber(string token) =>
        (token.Length > 0 && char.IsDigit(token[0])) || Array.IndexOf(Vocabulary.NumberWords, token) > 1 || Vocabulary.LargerNumberWords.ContainsKey(token);
}
