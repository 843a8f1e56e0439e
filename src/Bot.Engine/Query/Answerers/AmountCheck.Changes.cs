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
                && (IsNumber(tokens[i + 1]) || (tokens[i + 1] is "by" or "to" && i + 2 < tokens.Count && IsNumber(tokens[i + 2]))))
            || Enumerable.Range(0, tokens.Count).Any(i => ChangeByFractionAt(tokens, i) is not null);
    }

    /// <summary>
    /// "was cut by nearly a third", "fell by a quarter": a fraction after "by" (a hedge such as "nearly" or "about" may come
    /// between) that a verb of rise or fall, or of cutting or raising, stands just before gives the change in parts of a
    /// hundred, with how many words the fraction takes. "A third term" or "by a third party" after no such verb gives none.
    /// </summary>
    private static (string Hundredths, int Words)? ChangeByFractionAt(IReadOnlyList<string> tokens, int at)
    {
        var by = at - 1;
        while (by >= 0 && by >= at - 1 - MaxHedgeWords && HedgeWords.Contains(tokens[by]))
            by--;
        if (by < 1 || tokens[by] != "by" || !(Vocabulary.ChangeVerbs.Contains(tokens[by - 1]) || CutOrRaiseVerbs.Contains(tokens[by - 1])))
            return null;
        foreach (var (words, hundredths) in SplitFractions)
        {
            if (at + words.Length <= tokens.Count && WordsAt(tokens, at, words))
                return (hundredths, words.Length);
        }
        return null;
    }

    /// <summary>How many hedging words may stand between "by" and its fraction ("by close to a third").</summary>
    private const int MaxHedgeWords = 2;

    /// <summary>The words of the hedges before a figure ("nearly", "about", "more than", "close to").</summary>
    private static readonly HashSet<string> HedgeWords = [.. Vocabulary.AroundBounds.Concat(Vocabulary.ShortOfBounds).Concat(Vocabulary.AboveBounds)
        .Concat(Vocabulary.BelowBounds).Concat(Vocabulary.AtLeastBounds).Concat(Vocabulary.AtMostBounds).SelectMany(b => b.Split(' '))
        .Where(w => w is not ("by" or "a" or "an" or "the"))];

    /// <summary>Verbs that make an amount smaller or larger, which "by" a fraction measures: "cut by a third", "raised by half".</summary>
    private static readonly HashSet<string> CutOrRaiseVerbs = new(StringComparer.Ordinal)
    {
        "cut", "reduced", "slashed", "lowered", "trimmed", "raised", "boosted", "expanded", "shrunk", "narrowed", "widened", "increased", "decreased",
    };

    private static bool IsNumber(string token) => token.AnyChar(char.IsDigit) || Vocabulary.AmountWords.Contains(token);

    /// <summary>Whether the word is a verb of a rise or a fall ("risen", "dropped").</summary>
    public static bool IsChangeWord(string word) => Vocabulary.ChangeVerbs.Contains(word);

    /// <summary>"go" in its forms, which "up" or "down" after it makes a change: "prices went up".</summary>
    private static readonly HashSet<string> GoWords = new(StringComparer.Ordinal) { "go", "goes", "going", "gone", "went" };

    /// <summary>The stems of the words asking a change: the measure asked, not words a sentence giving it must say.</summary>
    private static readonly HashSet<string> ChangeStems = [.. Vocabulary.ChangeVerbs.Concat(GoWords).Append("up").Append("down").Select(Stemmer.Stem)];
}
