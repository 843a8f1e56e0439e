using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "How many ferries are running?": news writing puts a count right before what it counts ("only 40-50 working
/// ferries", "three senior judges"), in words the question need not share ("running" for "working"). When no sentence
/// says enough of the question, the one setting a figure before the thing counted, and saying most of the rest, gives it.
/// </summary>
internal static partial class AmountCheck
{
    public static Reply? AttachedFigure(Turn t)
    {
        var q = t.Q;
        if (q.Intent is not Intent.Count || Counted(q) is not { } counted || !IsPlural(counted) || MoneyWords.Contains(counted))
            return null;
        var stem = Stemmer.Stem(counted);
        var rest = q.Residual.Where(r => r != stem).ToHashSet(StringComparer.Ordinal);
        // Whoever the question names must be the sentence's too, and half its other words ("died in the war" is no
        // count of those "held for questioning"): a count of the same things on another occasion is no answer. One
        // sharing no word with it must share a name at least.
        var scored = t.Index.Sentences.Where(s => s.InBody && s.Stems.Contains(stem) && q.Entities.All(s.Mentioned.Contains) && CountsBefore(Tokenizer.Tokens(s.Sentence.Text), stem))
            .Select(s => (Sentence: s, Said: rest.Count(s.Stems.Contains)))
            .Where(c => c.Said >= rest.Count / 2 && (c.Said > 0 || q.Entities.Count > 0)).OrderByDescending(c => c.Said).ToList();
        // Two sentences saying as much of the rest leave it a guess.
        if (scored.Count == 0 || (scored.Count > 1 && scored[1].Said == scored[0].Said))
            return null;
        return Replies.FromSentence(t, scored[0].Sentence);
    }

    /// <summary>Whether a figure or a spelled number stands within a few words before a word of the counted stem.</summary>
    private static bool CountsBefore(IReadOnlyList<string> tokens, string stem)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (Stemmer.Stem(tokens[i]) != stem)
                continue;
            for (var j = i - 1; j >= 0 && j >= i - CountedWindow; j--)
            {
                if (IsFigure(tokens, j) || SpelledCount(tokens[j]))
                    return true;
            }
        }
        return false;
    }

    /// <summary>"three", "eighteen", "dozens": a number in words ("one" aside, which as often means "a certain").</summary>
    private static bool SpelledCount(string word) =>
        word != "one" && (Array.IndexOf(Vocabulary.NumberWords, word) > 1 || Vocabulary.LargerNumberWords.ContainsKey(word)
            || word is "dozen" or "dozens" or "hundreds" or "thousands" or "millions");
}
