using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>Turns text into the stems the engine compares.</summary>
internal static class Words
{
    public static List<string> Stems(string text) => Tokenizer.Tokenize(TextNormalizer.Clean(text)).ConvertAll(Stemmer.Stem);

    public static IEnumerable<string> ContentStems(string text) =>
        Tokenizer.Tokenize(TextNormalizer.Clean(text)).Where(t => !Lexicon.Stopwords.Contains(t)).Select(Stemmer.Stem);

    public static int CountNegations(string text) =>
        Tokenizer.Tokenize(TextNormalizer.Clean(text)).Count(Lexicon.Negations.Contains);
}
