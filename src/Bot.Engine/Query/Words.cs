using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>Turns text into the stems the engine compares.</summary>
internal static partial class Words
{
    /// <summary>The stems, in a list of the caller's own: the same sentences and facts are read for question after question.</summary>
    public static List<string> Stems(string text) => [.. StemsToRead(text)];

    /// <summary>
    /// The stems, to read only: the remembered ones themselves, shared by every caller. A check that only reads them
    /// for every sentence it tests is spared a copy each time.
    /// </summary>
    public static IReadOnlyList<string> StemsToRead(string text) =>
        RememberedStems.GetOrAdd(text, static (t, _) => [.. ArticleTokens(Tokenizer.TokenizeWithWholes(TextNormalizer.Clean(t))).ConvertAll(Stemmer.Stem)], false);

    /// <summary>Texts whose <see cref="Stems"/> are remembered (at most so many, of at most so many characters).</summary>
    private static readonly TextMemo<string[]> RememberedStems = new(maxEntries: TextMemo.WorkingSet, maxTextLength: 1000);

    /// <summary>The stems with a hyphenated word's parts alone, not its whole (see <see cref="KnowledgeIndex"/>'s facts).</summary>
    public static List<string> PartStems(string text) => ArticleTokens(Tokenizer.Tokenize(TextNormalizer.Clean(text))).ConvertAll(Stemmer.Stem);

    /// <summary>
    /// An article's tokens with its denials read as "not", and the alternative it sets aside too: "instead of
    /// blacklisting firms" and "a symbol rather than its leader" deny what follows. A question's "rather than" only
    /// names what the claim is not about, so questions are read without this. "none" stems as the prefix "non" does,
    /// which points at one word only; "none linked to X" denies all that follows.
    /// </summary>
    private static List<string> ArticleTokens(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == "none")
                tokens[i] = "not";
            // "instead" and "rather" stay words a question may ask with ("what does X propose instead of Y?").
            else if (i + 1 < tokens.Count && ((tokens[i] == "instead" && tokens[i + 1] == "of") || (tokens[i] == "rather" && tokens[i + 1] == "than")))
                tokens[i + 1] = "not";
        }
        return WithDenialsAsNot(tokens);
    }

    /// <summary>
    /// Idioms that deny what follows read as "not": "has yet to act" has not acted ("yet" before "to"), "ruled out
    /// mediating" denied it ("out" after "rule"), and "stopped short of sending troops" did not send them ("short" after
    /// "stop" or "fall", before "of"), and "free of tolls" is not tolled ("free" before "of" or "from").
    /// </summary>
    public static List<string> WithDenialsAsNot(List<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == "yet" && tokens[i + 1] == "to")
                tokens[i] = "not";
            else if (tokens[i] is "rule" or "ruled" or "rules" or "ruling" && tokens[i + 1] == "out")
                tokens[i + 1] = "not";
            else if (i > 0 && tokens[i] == "short" && tokens[i + 1] == "of" && ShortOfLeads.Contains(tokens[i - 1]))
                tokens[i] = "not";
            else if (IsFreeOf(tokens, i))
                tokens[i] = "not";
        }
        return tokens;
    }

    /// <summary>Whether the word at <paramref name="i"/> is the "free" of "free of X" or "free from X", which denies X.</summary>
    public static bool IsFreeOf(IReadOnlyList<string> tokens, int i) => tokens[i] == "free" && i + 1 < tokens.Count && tokens[i + 1] is "of" or "from";

    /// <summary>Verbs before "short of" that make it a denial: "stopped short of", "fell short of" (not "little short of").</summary>
    private static readonly HashSet<string> ShortOfLeads = new(StringComparer.Ordinal)
    {
        "stop", "stops", "stopped", "stopping", "fall", "falls", "fell", "falling", "fallen",
    };

    public static IEnumerable<string> ContentStems(string text) =>
        Tokenizer.TokenizeWithWholes(TextNormalizer.Clean(text)).Where(t => !Vocabulary.Stopwords.Contains(t)).Select(Stemmer.Stem);

    public static int CountNegations(string text) => Negations(text).Count();

    /// <summary>
    /// A negation word, but not the political opposition, nor an "against" naming what is guarded against, nor the "not"
    /// of "peaceful or not", which asks both ways, nor the "not" of "not only", which adds.
    /// </summary>
    private static bool IsNegation(List<string> tokens, int i) =>
        Vocabulary.Negations.Contains(tokens[i]) && !IsCamp(tokens, i) && !IsGuardAgainst(tokens, i) && !(tokens[i] == "not" && i > 0 && tokens[i - 1] == "or")
        && !IsAdditiveNot(tokens, i) && !InLimitClause(tokens, i);

    /// <summary>
    /// "wore them down until they could not fight", "will pay unless they cannot": a negation just after "until" or
    /// "unless" tells the limit or condition of the deed, not a denial of it. Reads words or their stems alike.
    /// </summary>
    public static bool InLimitClause(IReadOnlyList<string> words, int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - LimitClauseReach; j--)
        {
            if (LimitWords.Contains(words[j]))
                return true;
        }
        return false;
    }

    /// <summary>Words opening a clause that limits or conditions the deed, as words and as stems.</summary>
    private static readonly HashSet<string> LimitWords = [.. new[] { "until", "unless", "till" }.SelectMany(w => new[] { w, Stemmer.Stem(w) })];

    /// <summary>How many words after "until" or "unless" a negation may stand and still be the clause's.</summary>
    private const int LimitClauseReach = 4;

    /// <summary>
    /// "not only", "not just", "not merely": the "not" adds to what it names rather than denying it ("X, not just Y, did
    /// Z" says Y did Z too). Reads words or their stems alike.
    /// </summary>
    public static bool IsAdditiveNot(IReadOnlyList<string> words, int i) =>
        words[i] == "not" && i + 1 < words.Count && (AdditiveWords.Contains(words[i + 1]) || AdditiveWords.Contains(Stemmer.Stem(words[i + 1])));

    private static readonly HashSet<string> AdditiveWords = Vocabulary.Stems("only", "just", "merely", "simply", "solely", "purely", "exclusively");

    /// <summary>
    /// "the opposition", "Syria's opposition", "opposition parties": the political camp, which denies nothing; "opposition
    /// to the plan" and "the opposition of the veterans" still refuse. Reads words or their stems alike.
    /// </summary>
    public static bool IsCamp(IReadOnlyList<string> words, int i) =>
        (words[i] == OppositionStem || Stemmer.Stem(words[i]) == OppositionStem)
        && ((i + 1 < words.Count && (CampNouns.Contains(words[i + 1]) || CampNouns.Contains(Stemmer.Stem(words[i + 1]))))
            || (i > 0 && (words[i - 1] == "the" || Vocabulary.WorldNames.Contains(words[i - 1])) && (i + 1 >= words.Count || !CampPrepositions.Contains(words[i + 1]))));

    private static readonly string OppositionStem = Stemmer.Stem("opposition");

    private static readonly HashSet<string> CampNouns = Vocabulary.Stems(
        "party", "parties", "leader", "leaders", "figure", "figures", "group", "groups", "activist", "activists", "politician", "politicians",
        "movement", "forces", "candidate", "candidates", "member", "members", "faction", "factions", "coalition", "bloc", "camp", "lawmakers", "mps");

    private static readonly HashSet<string> CampPrepositions = new(StringComparer.Ordinal) { "to", "of", "from", "among", "against", "by", "in" };

    public static IEnumerable<string> NegationStems(string text) => Negations(text).Select(Stemmer.Stem);

    private static IEnumerable<string> Negations(string text) => Negations(ArticleTokens(Tokenizer.TokenizeWithWholes(TextNormalizer.Clean(text))));

    /// <summary>The negation words among the tokens (see <see cref="IsNegation"/>).</summary>
    public static IEnumerable<string> Negations(List<string> tokens) => tokens.Where((_, i) => IsNegation(tokens, i));

    /// <summary>The text without its "quoted speech", whose own negations are the speaker's, not the fact's.</summary>
    public static string WithoutQuotations(string text) => QuotationPattern().Replace(TextNormalizer.Clean(text), " ");

    [GeneratedRegex("\"[^\"]*\"|(?<=^|\\s)'[^']*'(?=\\W|$)")]
    private static partial Regex QuotationPattern();
}
