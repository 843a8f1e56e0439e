namespace Bot.Engine.Query.Pipeline;

internal static partial class RefusalPolicy
{
    /// <summary>
    /// "how does X rank among ...?", "where do its reserves rank?": the verb asks how X compares, which the article says
    /// in its own words ("the largest", "its biggest test since"); an article that never uses the verb may still say that.
    /// </summary>
    private static ParsedQuestion WithoutRankingVerb(ParsedQuestion q)
    {
        if (q.Tokens.Count < 3 || q.Tokens[0] is not ("how" or "where"))
            return q;
        var aside = q.Foreign.Where(RankingVerbs.Contains).ToHashSet(StringComparer.Ordinal);
        return aside.Count == 0 ? q : Without(q, aside);
    }

    private static readonly HashSet<string> RankingVerbs = new(StringComparer.Ordinal) { "rank", "ranks", "ranked", "rate", "rates", "rated" };
}
