namespace Bot.Engine.Query.Answerers;

/// <summary>Claims putting something inside a whole that the article calls it part of.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "spent the century inside the Russian empire?" of "spent the century as part of the Russian empire": being part of
    /// a whole is being inside it, when the same whole follows both ("part of the Russian empire", not "part of Sweden").
    /// </summary>
    private static bool InsideAsPartOf(Turn t, string text, string word)
    {
        if (!InsideStems.Contains(word) || WholeAfter(t.Q.Tokens, i => Text.Stemmer.Stem(t.Q.Tokens[i]) == word, 1) is not { } whole)
            return false;
        var words = Text.Tokenizer.Tokens(text);
        return WholeAfter(words, i => words[i] == "part" && i + 1 < words.Count && words[i + 1] == "of", 2) is { } said
            && said == whole;
    }

    /// <summary>The stem of the first word after the words that <paramref name="opens"/> finds, past an article.</summary>
    private static string? WholeAfter(IReadOnlyList<string> tokens, Func<int, bool> opens, int length)
    {
        var at = Enumerable.Range(0, tokens.Count).FirstOrDefault(opens, -1);
        if (at < 0)
            return null;
        var next = at + length;
        while (next < tokens.Count && tokens[next] is "the" or "a" or "an")
            next++;
        return next < tokens.Count ? Text.Stemmer.Stem(tokens[next]) : null;
    }

    private static readonly HashSet<string> InsideStems = Vocabulary.Stems("inside", "within");
}
