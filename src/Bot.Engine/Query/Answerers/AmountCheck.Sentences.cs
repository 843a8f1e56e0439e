using System.Runtime.CompilerServices;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

internal static partial class AmountCheck
{
    /// <summary>
    /// A text's words with its sums of money taken out, and their stems: "how many soldiers?" of "€38bn in military aid"
    /// finds no soldiers counted, as a sum of money counts money alone, whatever word follows it.
    /// </summary>
    private sealed record CountingWords(List<string> Tokens, List<string> Stems);

    private static CountingWords CountingWordsOf(string text)
    {
        var tokens = Tokenizer.Tokenize(Money().Replace(text, " "));
        return new CountingWords(tokens, tokens.ConvertAll(Stemmer.Stem));
    }

    /// <summary>Whether a sentence holds an amount (<see cref="HoldsAmount"/>), and its <see cref="CountingWords"/>.</summary>
    private sealed record SentenceAmounts(bool HoldsAmount, CountingWords Words);

    /// <summary>A sentence's amounts, read once a sentence: every amount question asks them of many sentences.</summary>
    private static SentenceAmounts AmountsOf(IndexedSentence sentence) => Amounts.GetValue(sentence,
        static s => new SentenceAmounts(HoldsAmount(s.Sentence.Text), CountingWordsOf(s.Sentence.Text)));

    private static readonly ConditionalWeakTable<IndexedSentence, SentenceAmounts> Amounts = [];
}
