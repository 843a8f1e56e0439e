using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "how much is the price going up?": a rise or a fall is asked, which a multiple or a share answers as well as a figure;
/// the words asking it are the measure, not words the answer must say.
/// </summary>
internal static partial class AmountCheck
{
    /// <summary>
    /// "how much is the price of rice going up?", "how far have wages fallen?": a change is asked, which a multiple or a
    /// share ("has doubled", "up 70%") gives as well as a sum of money does.
    /// </summary>
    public static bool AsksChange(Pipeline.ParsedQuestion q)
    {
        var tokens = q.Tokens;
        return tokens.Contains("how") && Enumerable.Range(0, tokens.Count).Any(i => Vocabulary.ChangeVerbs.Contains(tokens[i])
            || (tokens[i] is "up" or "down" && i > 0 && GoWords.Contains(tokens[i - 1])));
    }

    /// <summary>
    /// Whether the text gives a change: a multiple ("doubled"), a share ("30%"), or a rise or fall with its number right
    /// after it ("rose by 5,000", "up 12"); "grown only in five provinces" gives none.
    /// </summary>
    public static bool GivesChange(string text)
    {
        var tokens = Tokenizer.Tokens(text);
        return text.Contains('%') || tokens.Any(w => Vocabulary.MultipleWords.Contains(w) || w is "percent")
            || Enumerable.Range(0, tokens.Count - 1).Any(i => (Vocabulary.ChangeVerbs.Contains(tokens[i]) || tokens[i] is "up" or "down")
                && (IsNumber(tokens[i + 1]) || (tokens[i + 1] is "by" or "to" && i + 2 < tokens.Count && IsNumber(tokens[i + 2]))));
    }

    private static bool IsNumber(string token) => token.Any(char.IsDigit) || Vocabulary.AmountWords.Contains(token);

    /// <summary>Whether the word is a verb of a rise or a fall ("risen", "dropped").</summary>
    public static bool IsChangeWord(string word) => Vocabulary.ChangeVerbs.Contains(word);

    /// <summary>"go" in its forms, which "up" or "down" after it makes a change: "prices went up".</summary>
    private static readonly HashSet<string> GoWords = new(StringComparer.Ordinal) { "go", "goes", "going", "gone", "went" };

    /// <summary>The stems of the words asking a change: the measure asked, not words a sentence giving it must say.</summary>
    private static readonly HashSet<string> ChangeStems = [.. Vocabulary.ChangeVerbs.Concat(GoWords).Append("up").Append("down").Select(Stemmer.Stem)];
}
