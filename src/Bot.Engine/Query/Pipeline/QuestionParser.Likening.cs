namespace Bot.Engine.Query.Pipeline;

internal static partial class QuestionParser
{
    /// <summary>
    /// "which historical comparisons does the author draw?", "what precedent does she cite?": a question asking what the
    /// article likens something to, not a yes/no claim. Its likening words say what kind of sentence answers, which no
    /// article need call a comparison, so they are no words to find.
    /// </summary>
    private static bool AsksLikening(IReadOnlyList<string> tokens, Intent intent) =>
        intent is not (Intent.YesNo or Intent.Compare) && tokens.Any(LikeningNouns.Contains);

    /// <summary>Whether the word only says a likening is asked: its noun or verb, or "historical" before it.</summary>
    private static bool IsLikeningWord(string token) => LikeningNouns.Contains(token) || LikeningQualifiers.Contains(token);

    private static readonly HashSet<string> LikeningNouns = new(StringComparer.Ordinal)
    {
        "comparison", "comparisons", "analogy", "analogies", "parallel", "parallels", "precedent", "precedents", "liken", "likens", "likened",
    };

    private static readonly HashSet<string> LikeningQualifiers = new(StringComparer.Ordinal) { "historical", "historic", "history" };
}
