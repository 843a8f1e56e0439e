using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>Turns text into the stems the engine compares.</summary>
internal static partial class Words
{
    public static List<string> Stems(string text) => WithDenialsAsNot(Tokenizer.Tokenize(TextNormalizer.Clean(text))).ConvertAll(Stemmer.Stem);

    /// <summary>
    /// Idioms that deny what follows read as "not": "has yet to act" has not acted ("yet" before "to"), and "ruled out
    /// mediating" denied it ("out" after "rule").
    /// </summary>
    public static List<string> WithDenialsAsNot(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == "yet" && tokens[i + 1] == "to")
                tokens[i] = "not";
            else if (tokens[i] is "rule" or "ruled" or "rules" or "ruling" && tokens[i + 1] == "out")
                tokens[i + 1] = "not";
        }
        return tokens;
    }

    public static IEnumerable<string> ContentStems(string text) =>
        Tokenizer.Tokenize(TextNormalizer.Clean(text)).Where(t => !Vocabulary.Stopwords.Contains(t)).Select(Stemmer.Stem);

    public static int CountNegations(string text) => Negations(text).Count();

    /// <summary>
    /// The negations of a text read against a claim: "non" negates only a word the claim makes ("non-interventionist" of
    /// "interventionist"); "non-profit groups" denies nothing about groups.
    /// </summary>
    public static int CountNegations(string text, IReadOnlyCollection<string> claim)
    {
        var tokens = WithDenialsAsNot(Tokenizer.Tokenize(TextNormalizer.Clean(text)));
        return tokens.Where((w, i) => Vocabulary.Negations.Contains(w) && (w != "non" || (i + 1 < tokens.Count && claim.Contains(Stemmer.Stem(tokens[i + 1]))))).Count();
    }

    public static IEnumerable<string> NegationStems(string text) => Negations(text).Select(Stemmer.Stem);

    private static IEnumerable<string> Negations(string text) =>
        WithDenialsAsNot(Tokenizer.Tokenize(TextNormalizer.Clean(text))).Where(Vocabulary.Negations.Contains);

    /// <summary>The text without its "quoted speech", whose own negations are the speaker's, not the fact's.</summary>
    public static string WithoutQuotations(string text) => QuotationPattern().Replace(TextNormalizer.Clean(text), " ");

    [GeneratedRegex("\"[^\"]*\"|(?<=^|\\s)'[^']*'(?=\\W|$)")]
    private static partial Regex QuotationPattern();
}
