namespace Bot.Engine.Query.Pipeline;

/// <summary>
/// "If somebody blocks the road again, can he be jailed?": "he" is the somebody of the question's own first clause,
/// whom no one named before stands for. "On what date did the foreign minister issue his denial?": "his" is the one the
/// question calls by title or trade, so with no one spoken of there is still no one to ask about.
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
        mention.Pronoun is "male" or "female" && AfterIndefinitePerson(q, mention);

    /// <summary>The rest of <see cref="StandsForIndefinite"/>, apart so that its lambdas are made only for "he" and "she", not for every name.</summary>
    private static bool AfterIndefinitePerson(ParsedQuestion q, Mention mention) =>
        Enumerable.Range(0, mention.Start).Any(i => IndefinitePersons.Contains(q.Tokens[i]))
        && !q.Mentions.Any(m => m.Pronoun is null && m.Start < mention.Start);

    /// <summary>Words before a title that single out one holder: "the minister", "that envoy".</summary>
    private static readonly HashSet<string> SingularDeterminers = new(StringComparer.Ordinal) { "the", "a", "an", "that", "this" };

    /// <summary>How far after its determiner a title may stand ("the Kessberg foreign minister").</summary>
    private const int TitleReach = 3;

    /// <summary>Whether the mention is "he" or "she" after a person the question calls by title or trade ("the foreign minister").</summary>
    private static bool FollowsPersonKind(ParsedQuestion q, Mention mention) =>
        mention.Pronoun is "male" or "female"
        && Enumerable.Range(1, Math.Max(0, mention.Start - 1)).Any(i => Answerers.AnswerChecks.IsPersonKind(Text.Stemmer.Stem(q.Tokens[i]))
            && Enumerable.Range(Math.Max(0, i - TitleReach), Math.Min(i, TitleReach)).Any(j => SingularDeterminers.Contains(q.Tokens[j])));
}
