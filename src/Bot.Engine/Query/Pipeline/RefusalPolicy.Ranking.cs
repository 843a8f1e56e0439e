using Bot.Engine.Text;

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
        return q.Foreign.AnyIn(RankingVerbs) ? Without(q, [.. q.Foreign.Where(w => RankingVerbs.Contains(w))]) : q;
    }

    private static readonly HashSet<string> RankingVerbs = new(StringComparer.Ordinal) { "rank", "ranks", "ranked", "rate", "rates", "rated" };
}
