using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>Turns text into the stems the engine compares.</summary>
internal static partial class Words
{
    public static List<string> Stems(string text) => Tokenizer.Tokenize(TextNormalizer.Clean(text)).ConvertAll(Stemmer.Stem);

    public static IEnumerable<string> ContentStems(string text) =>
        Tokenizer.Tokenize(TextNormalizer.Clean(text)).Where(t => !Vocabulary.Stopwords.Contains(t)).Select(Stemmer.Stem);

    public static int CountNegations(string text) =>
        Tokenizer.Tokenize(TextNormalizer.Clean(text)).Count(Vocabulary.Negations.Contains);

    public static IEnumerable<string> NegationStems(string text) =>
        Tokenizer.Tokenize(TextNormalizer.Clean(text)).Where(Vocabulary.Negations.Contains).Select(Stemmer.Stem);

    /// <summary>The text without its "quoted speech", whose own negations are the speaker's, not the fact's.</summary>
    public static string WithoutQuotations(string text) => QuotationPattern().Replace(TextNormalizer.Clean(text), " ");

    [GeneratedRegex("\"[^\"]*\"|(?<=^|\\s)'[^']*'(?=\\W|$)")]
    private static partial Regex QuotationPattern();
}
