namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// The third stage decides whether the point of a question is something no article holds. Words no
/// article uses are either that point (an attribute such as a population, a name never mentioned)
/// or just phrasing ("characterize", "cool with"), which is set aside so the rest is answered.
/// </summary>
internal static class RefusalPolicy
{
    /// <summary>The outcome: refused (with the words that are the point), or the question to answer.</summary>
    public sealed record Decision(ParsedQuestion Question, IReadOnlyList<string> Missing)
    {
        public bool Refused => Missing.Count > 0;
    }

    public static Decision Decide(ParsedQuestion q)
    {
        if (q.Foreign.Count == 0 || q.Intent is Intent.Help or Intent.About or Intent.Author or Intent.Sections or Intent.Source or Intent.Captions)
            return new Decision(q, []);
        var known = q.Residual.Count - q.Foreign.Count;
        var asksWhoDid = q.Tokens.Count > 1 && q.Tokens[0] == "who" && q.Foreign.Contains(q.Tokens[1]);
        var phrasing = q.Foreign.Count == 1 && known >= 1 && q.Entities.Count > 0 && !Vocabulary.AttributeWords.Contains(q.Foreign[0]);
        if (asksWhoDid || (!phrasing && (known < 2 || q.Foreign.Count >= known || q.Foreign.Any(Vocabulary.AttributeWords.Contains))))
            return new Decision(q, q.Foreign);
        return new Decision(q with { Residual = q.Residual.Where(stem => !q.ForeignStems.Contains(stem)).ToList() }, []);
    }
}
