using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>Phrases of a yes/no claim that only say "now" or soften it, which no sentence need say.</summary>
internal static partial class QuestionParser
{
    /// <summary>
    /// Whether the token at <paramref name="at"/> is part of one of <see cref="Vocabulary.ClaimFillers"/> in a yes/no
    /// claim: "have they defected so far?" claims the defecting. "at least" before a number hedges the figure, which the
    /// amount checks read, and stays.
    /// </summary>
    private static bool InClaimFiller(List<string> tokens, int at)
    {
        // Loops, not queries: this runs for every word of every yes/no question.
        foreach (var phrase in Vocabulary.ClaimFillers)
        {
            for (var start = Math.Max(0, at - phrase.Length + 1); start <= at && start + phrase.Length <= tokens.Count; start++)
            {
                if (StartsPhrase(tokens, start, phrase)
                    && !(phrase[^1] == "least" && start + phrase.Length < tokens.Count && StartsNumber(tokens[start + phrase.Length])))
                    return true;
            }
        }
        return false;
    }

    private static bool StartsPhrase(List<string> tokens, int start, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[start + k] != phrase[k])
                return false;
        }
        return true;
    }

    private static bool StartsNumber(string token) => token.AnyChar(char.IsDigit) || NumberWords.Contains(token);
}
