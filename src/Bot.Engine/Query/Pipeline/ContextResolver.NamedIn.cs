namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "what did she say?" after "who is Ann Vey?" carries Ann Vey from the conversation; "what did Ann Vey say?" names her.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Whether the question names the entity in its own words, rather than pointing back at it or leaving it out.</summary>
    public static bool NamedIn(ParsedQuestion q, string id)
    {
        foreach (var mention in q.Mentions)
        {
            if (mention.Pronoun is null && mention.Candidates.Contains(id))
                return true;
        }
        return false;
    }
}
