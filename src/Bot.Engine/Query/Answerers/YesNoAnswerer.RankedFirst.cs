namespace Bot.Engine.Query.Answerers;

/// <summary>Claims ranking something first ("the biggest partner") that the article ranks first in other words.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "is X their biggest trade partner?" of "X is their top trading partner", "the largest foothold" of "the most
    /// significant foothold": news ranks a thing first by several superlatives of size or weight, and any of them says
    /// the claim's. One of worth or direction ("best", "worst", "least") is no such ranking, nor is a thing ranked second or among several ("one of the biggest").
    /// </summary>
    private static bool RankedFirstAlike(Turn t, string text, string word)
    {
        if (!RankingFirstStems.Contains(word))
            return false;
        // What the claim ranks is the word after its superlative ("biggest trade partner"), which the text must rank.
        var claimed = t.Q.Tokens.Select(Text.Stemmer.Stem).ToList();
        if (claimed.IndexOf(word) is var at && (at < 0 || at + 1 >= claimed.Count))
            return false;
        var ranked = claimed[at + 1];
        var words = Text.Tokenizer.Tokens(text);
        for (var i = 0; i < words.Count; i++)
        {
            var length = RankingFirst(words, i);
            if (length > 0 && !words.Skip(Math.Max(0, i - RankWordsBefore)).Take(Math.Min(i, RankWordsBefore)).Any(Vocabulary.RankBelowFirst.Contains)
                && t.Index.CoversLoosely(words.Skip(i + length).Take(RankedWordsAfter).Select(Text.Stemmer.Stem).ToList(), ranked))
                return true;
        }
        return false;
    }

    /// <summary>How many words at <paramref name="i"/> rank a thing first: a superlative, "most" with its adjective, or none.</summary>
    private static int RankingFirst(IReadOnlyList<string> words, int i) =>
        Vocabulary.RankingFirst.Contains(words[i]) ? 1
        : words[i] == "most" && i + 1 < words.Count && Vocabulary.WeightAdjectives.Contains(words[i + 1]) ? 2
        : 0;

    /// <summary>How many words after the text's superlative may hold what it ranks ("most significant Varnian trading foothold").</summary>
    private const int RankedWordsAfter = 3;

    /// <summary>How many words before a superlative may rank the thing below the first ("one of the biggest").</summary>
    private const int RankWordsBefore = 4;

    private static readonly HashSet<string> RankingFirstStems = [.. Vocabulary.RankingFirst.Select(Text.Stemmer.Stem)];
}
