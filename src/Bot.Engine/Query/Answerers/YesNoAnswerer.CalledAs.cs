namespace Bot.Engine.Query.Answerers;

/// <summary>Claims that someone called a thing something, which the article says they described it as.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "did X call the sanctions an act of war?" of "X describing the sanctions as akin to a declaration of war": calling a
    /// thing a name, its object then "a"/"an" a few words on, is describing it as that. "call" alone ("did X call Y?",
    /// "call for talks") names no such description.
    /// </summary>
    private static bool CalledAsDescribed(Turn t, string text, string word)
    {
        if (word != CallStem)
            return false;
        var tokens = t.Q.Tokens;
        var at = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => Text.Stemmer.Stem(tokens[i]) == CallStem, -1);
        if (at < 0 || at + 1 >= tokens.Count || Vocabulary.ObjectBreaks.Contains(tokens[at + 1]))
            return false;
        var named = tokens.Skip(at + 2).Take(MaxObjectWords).TakeWhile(w => !Vocabulary.ObjectBreaks.Contains(w)).Any(w => w is "a" or "an");
        if (!named)
            return false;
        var words = Text.Tokenizer.Tokens(text);
        return Enumerable.Range(0, words.Count).Any(i => DescribingStems.Contains(Text.Stemmer.Stem(words[i]))
            && words.Skip(i + 1).Take(MaxDescribedWords).Contains("as"));
    }

    private static readonly string CallStem = Text.Stemmer.Stem("call");

    /// <summary>How many words after a describing verb may stand before its "as" ("describing the tariffs against Varnia as").</summary>
    private const int MaxDescribedWords = 6;

    private static readonly HashSet<string> DescribingStems = Vocabulary.Stems(Vocabulary.DescribingVerbs);
}
