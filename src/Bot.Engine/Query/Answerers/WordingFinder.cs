using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "Which adjective does the writer attach to the council's refusal?": the sentence where a word the question asks
/// about stands right after a word that qualifies it ("its flat refusal"), among those saying enough of the rest.
/// </summary>
internal static partial class WordingFinder
{
    public static Reply? Qualified(Turn t)
    {
        var asked = t.Q.Residual.ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0)
            return null;
        var sentence = Ranker.BestSentence(t, RankingPolicy.EnoughWords, s => Qualifies(s.Sentence.Text, asked));
        return sentence is null ? null : Replies.FromSentence(t, sentence);
    }

    /// <summary>
    /// "Which phrase does the piece put in quotation marks for the strike?", "what did the press call the fair, exact
    /// words?": a phrase the article quotes is the wording asked, so the best sentence holding a quotation and saying
    /// enough of the rest answers, before one that only speaks of it.
    /// </summary>
    /// <remarks>
    /// Unless quotation marks are asked for, a found answer quoting nothing stays when its sentence says as much of the
    /// question as the best quoting one: the exact words asked may stand unquoted ("he called it a one-off payment").
    /// </remarks>
    public static Reply? Quoted(Turn t, Reply found)
    {
        // "which adjective does the writer put before 'war'?" asks a word beside another, which the quotation names.
        if (t.Q.Tokens.Contains("adjective") || (found.Answer.Status == AnswerStatus.Answered
            && found.Answer.Evidence.Any(e => HoldsQuotation(e.Quote))))
            return null;
        var rest = t.Q.Residual.Where(stem => !AskingForWordingStems.Contains(stem)).ToList();
        if (rest.Count == 0 && t.Q.Entities.Count == 0)
            return null;
        var sentence = Ranker.BestSentence(t.With(t.Q with { Residual = rest }), RankingPolicy.EnoughWords, s => HoldsQuotation(s.Sentence.Text));
        if (sentence is null || (found.Answer.Status == AnswerStatus.Answered && found.Answer.Evidence.Count > 0 && !t.Q.Tokens.Any(QuotationWords.Contains)
            && t.Index.SentenceShown(found.Answer.Evidence[0], found.Answer.Text) is { } shown && Said(t, rest, shown) >= Said(t, rest, sentence)))
            return null;
        return Replies.FromSentence(t, sentence);
    }

    /// <summary>How much of the words a sentence says, each weighted by its rarity.</summary>
    private static double Said(Turn t, List<string> words, IndexedSentence sentence) =>
        words.Where(w => t.Covers(sentence.Stems, w)).Sum(t.Index.Idf);

    /// <summary>Words asking for what the article puts in quotation marks ("which quoted phrase", "in quotes").</summary>
    private static readonly HashSet<string> QuotationWords = new(StringComparer.Ordinal) { "quotation", "quotations", "quoted", "quotes" };

    /// <summary>Words asking for wording ("put in quotation marks", "the exact phrase used"): how to answer, not what about.</summary>
    private static readonly HashSet<string> AskingForWordingStems = new[]
    {
        "quotation", "quotations", "quote", "quoted", "quotes", "mark", "marks", "scare", "phrase", "phrases", "term", "terms", "word", "words",
        "wording", "exact", "expression", "label", "put", "placed", "use", "used", "uses",
    }.Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the text quotes a word or a few words, in curly or straight quotation marks.</summary>
    public static bool HoldsQuotation(string text) => Quotation().IsMatch(text);

    [GeneratedRegex("[\u201C\u201D\u2018\"][^\u201C\u201D\u2018\u2019\"]{2,80}[\u201C\u201D\u2019\"]")]
    private static partial Regex Quotation();

    /// <summary>
    /// "What term does the writer use for the Oskand-Tarsk pact Velmora resists?": the wording asked is where every name
    /// of the question stands, so a fact's sentence leaving one out ("Velmora resists aid to Tarsk") gives way to the
    /// best sentence naming them all ("Velmora's resistance to the Oskand-Tarsk axis"), when there is one.
    /// </summary>
    public static IndexedSentence? NamingAll(Turn t, IndexedSentence found) =>
        t.Q.Entities.Count > 0 && !t.Q.Entities.All(found.Mentioned.Contains) && Ranker.BestSentence(t) is { } naming && naming != found ? naming : null;

    /// <summary>Whether an asked word follows a lowercase content word the question does not use.</summary>
    private static bool Qualifies(string text, HashSet<string> asked)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var before = words[i - 1];
            if (!asked.Contains(Text.Stemmer.Stem(Clean(words[i]))) || before.EndsWith('\'') || before.EndsWith("'s", StringComparison.Ordinal)
                || before.EndsWith("’s", StringComparison.Ordinal) || !char.IsLower(before[0]) || !before.AllChars(char.IsLetter))
                continue;
            var qualifier = Clean(before);
            if (!Vocabulary.Stopwords.Contains(qualifier) && !asked.Contains(Text.Stemmer.Stem(qualifier)))
                return true;
        }
        return false;
    }

    private static string Clean(string word) => word.Trim(',', '.', ';', ':', '"', '“', '”', '(', ')').ToLowerInvariant();
}
