namespace Bot.Engine.Query.Answerers;

internal static partial class AnswerChecks
{
    private static readonly HashSet<string> TopicWords = new(StringComparer.Ordinal) { "about", "regarding", "concerning" };

    /// <summary>
    /// Where what the question speaks of begins: "what does he claim about mid-level officials?" asks what someone named or
    /// pointed at before "about" says, and the kind of person after it is the topic, not whom the question wants.
    /// </summary>
    private static int TopicStart(Turn t)
    {
        var tokens = t.Q.Tokens;
        var at = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => TopicWords.Contains(tokens[i]), tokens.Count);
        return t.Q.Entities.Any(t.IsPerson) && t.Q.Mentions.Any(m => m.Start < at) ? at : tokens.Count;
    }
}
