using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

internal static partial class AmountCheck
{
    /// <summary>How many words may stand between the "of" after a part and the whole it is a part of ("one-fifth of the eastern Donetsk region").</summary>
    private const int WholeAfterPartWindow = 5;

    /// <summary>The words ending a share written as a fraction: "quarter" of "a quarter", "fifth" of "one-fifth".</summary>
    private static readonly HashSet<string> FractionWords = [.. Vocabulary.Fractions.Keys.Select(k => k.Split(' ')[^1])];

    /// <summary>
    /// The fractions by their words, with the share each gives in parts of a hundred, in <see cref="Vocabulary.Fractions"/>'
    /// order: split once here, not again at every token a text's numbers are read from.
    /// </summary>
    private static readonly (string[] Words, string Hundredths)[] SplitFractions =
        [.. Vocabulary.Fractions.Select(f => (f.Key.Split(' '), Math.Round(f.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)))];

    /// <summary>Whether the tokens from <paramref name="at"/> on are the words given, which must fit among them.</summary>
    private static bool WordsAt(IReadOnlyList<string> tokens, int at, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[at + k] != words[k])
                return false;
        }
        return true;
    }

    /// <summary>"how much of the budget", "what share of the vote": the question asks a part of a whole.</summary>
    private static bool AsksPartOfWhole(IReadOnlyList<string> tokens) =>
        Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i + 1] == "of"
            && (Proportions.Contains(tokens[i]) || (tokens[i] == "much" && i > 0 && tokens[i - 1] == "how")));

    /// <summary>How many words after "how many of" may come before the whole it names ("of the country's regular soldiers").</summary>
    private const int WholeReach = 4;

    /// <summary>
    /// "how many of Ruritania's soldiers are conscripts?": a part counted among a whole the question names by its plural.
    /// Only a part of that whole answers ("barely half of its 6,500 soldiers are conscripts"), not the whole's own count
    /// ("its 6,500 soldiers"), so the sentence must give a number or fraction "of" it and say enough of the rest.
    /// </summary>
    private static Reply? PartOfWholeSentence(Turn t)
    {
        var tokens = t.Q.Tokens;
        var at = Enumerable.Range(0, Math.Max(0, tokens.Count - 2)).FirstOrDefault(i => tokens[i] == "how" && tokens[i + 1] == "many" && tokens[i + 2] == "of", -1);
        if (at < 0 || tokens.Skip(at + 3).Take(WholeReach).FirstOrDefault(IsPlural) is not { } whole)
            return null;
        var stem = Stemmer.Stem(whole);
        bool GivesPart(IndexedSentence s)
        {
            var words = AmountsOf(s).Words;
            return Enumerable.Range(0, words.Tokens.Count).Any(i => t.Index.CoversWord(words.Stems[i], stem) && PartBefore(words.Tokens, i));
        }
        var sentence = Ranker.BestSentence(t, RankingPolicy.EnoughWords, GivesPart, namedEarlier: true);
        return sentence is null ? null : Replies.FromSentence(t, sentence);
    }

    /// <summary>
    /// Whether a part is given of the whole at <paramref name="at"/>: a number or fraction before an "of" that leads to it,
    /// "17.4% of the state's budget", "the remaining one-fifth of the eastern Donetsk region".
    /// </summary>
    private static bool PartBefore(List<string> tokens, int at)
    {
        for (var j = at - 1; j > 0 && j >= at - WholeAfterPartWindow; j--)
        {
            if (tokens[j] == "of")
                return FractionWords.Contains(tokens[j - 1]) || NumberBefore(tokens, j);
        }
        return false;
    }
}
