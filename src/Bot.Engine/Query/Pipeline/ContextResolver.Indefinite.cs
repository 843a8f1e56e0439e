namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "If somebody blocks the road again, can he be jailed?": "he" is the somebody of the question's own first clause,
/// whom no one named before stands for.
/// </summary>
internal static partial class ContextResolver
{
    /// <summary>Words naming a person no one knows, whom a later "he" or "she" in the same question stands for.</summary>
    private static readonly HashSet<string> IndefinitePersons = new(StringComparer.Ordinal)
    {
        "somebody", "someone", "anybody", "anyone", "whoever", "everyone", "everybody",
    };

    /// <summary>Whether the mention is "he" or "she" after an unknown person the question names first, with no name before it.</summary>
    private static bool StandsForIndefinite(ParsedQuestion q, Mention mention) =>
        mention.Pronoun is "male" or "female"
        && Enumerable.Range(0, mention.Start).Any(i => IndefinitePersons.Contains(q.Tokens[i]))
        && !q.Mentions.Any(m => m.Pronoun is null && m.Start < mention.Start);
}
