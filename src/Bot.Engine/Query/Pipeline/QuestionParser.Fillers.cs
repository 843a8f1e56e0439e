namespace Bot.Engine.Query.Pipeline;

/// <summary>Phrases of a yes/no claim that only say "now" or soften it, which no sentence need say.</summary>
internal static partial class QuestionParser
{
    /// <summary>
    /// Whether the token at <paramref name="at"/> is part of one of <see cref="Vocabulary.ClaimFillers"/> in a yes/no
    /// claim: "have they defected so far?" claims the defecting. "at least" before a number hedges the figure, which the
    /// amount checks read, and stays.
    /// </summary>
    private static bool InClaimFiller(List<string> tokens, int at) => Vocabulary.ClaimFillers.Any(phrase =>
        Enumerable.Range(Math.Max(0, at - phrase.Length + 1), phrase.Length).Any(start =>
            start <= at && start + phrase.Length <= tokens.Count
            && phrase.Select((w, k) => tokens[start + k] == w).All(same => same)
            && !(phrase[^1] == "least" && start + phrase.Length < tokens.Count && StartsNumber(tokens[start + phrase.Length]))));

    private static bool StartsNumber(string token) => token.Any(char.IsDigit) || NumberWords.Contains(token);
}
