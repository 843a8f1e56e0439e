using System.Buffers;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Pipeline;

/// <summary>Whether a question asks an amount: what an answer must then give a number for.</summary>
internal static partial class QuestionParser
{
    private static readonly SearchValues<string> QuantityCues = SearchValues.Create([.. Vocabulary.QuantityCues], StringComparison.Ordinal);

    /// <summary>
    /// "what was the budget?" asks an amount; "why will the budget hurt?", "when did the investment begin?" and
    /// "is it true that X holds a narrow majority?" do not, nor does a claim stated for agreement ("X a minority
    /// faction - correct?", "X commands a majority?").
    /// </summary>
    /// <param name="stated">Whether a tag or a verb of its own between subject and object makes the question a claim.</param>
    private static bool AsksAmount(string words, List<string> tokens, List<string> caseTokens, string? quoted, Intent intent, bool framed, bool stated) =>
        words.AsSpan().ContainsAny(QuantityCues)
        // "where did he make his money?" asks a place, however much money is in it; "who said it was 'worth
        // defending'?" quotes the word, and asks none.
        || (AmountWordsAsked(tokens, caseTokens, quoted).Any(word => Vocabulary.AmountAttributes.Contains(word)) && intent is not (Intent.Why or Intent.When or Intent.OnDate or Intent.Order) && tokens[0] != "where"
            && !(intent is Intent.YesNo && (framed || stated || Auxiliaries.Contains(tokens[0]) || StatesClaim(caseTokens))));

    /// <summary>
    /// The question's words that may ask an amount: not those of the quotation it holds (the article's words), nor one a
    /// pointing word singles out ("for which years is this money?" speaks of a sum already given).
    /// </summary>
    /// <remarks>
    /// Nor does a word made a verb by its particle ("how does she sum up the talks?"), or one naming the kind of thing a
    /// "which" asks for ("which investment fund runs it?").
    /// </remarks>
    private static IEnumerable<string> AmountWordsAsked(IReadOnlyList<string> tokens, IReadOnlyList<string> caseTokens, string? quoted)
    {
        var inQuote = quoted is null ? [] : Tokenizer.Tokens(quoted).ToHashSet(StringComparer.Ordinal);
        var kind = KindAsked(tokens);
        return tokens.Where((w, i) => !inQuote.Contains(w) && !kind.Contains(i) && (i == 0 || tokens[i - 1] is not ("this" or "that" or "these" or "those"))
            && !FigureOfAPerson(tokens, caseTokens, i)
            && !(w == "total" && i + 1 < tokens.Count && NamesNoAmount(tokens[i + 1]))
            && !(i + 1 < tokens.Count && Vocabulary.AmountVerbParticles.Contains(tokens[i + 1]))
            && !(i > 0 && tokens[i - 1] == "which" && i + 1 < tokens.Count && NamesAnotherKind(tokens[i + 1])));
    }

    /// <summary>
    /// "the Ruritanian figure offering deals", "which Guild figures are credited with it", "an opposition figure": a figure
    /// of a people, body or camp who does something is a person. One "for", "on" or "of" something is a number
    /// ("Guild figures on spending").
    /// </summary>
    private static bool FigureOfAPerson(IReadOnlyList<string> tokens, IReadOnlyList<string> caseTokens, int at) =>
        tokens[at] is "figure" or "figures" && at >= 1 && caseTokens.Count == tokens.Count
        // A question's first word is capitalised whatever it is: there only a people's name says whose.
        && ((char.IsUpper(caseTokens[at - 1][0]) && (at >= 2 || Vocabulary.WorldNames.Contains(tokens[at - 1])))
            || Vocabulary.PublicLifeWords.Contains(tokens[at - 1]))
        && (at + 1 >= tokens.Count || !Vocabulary.FigureOfWhatWords.Contains(tokens[at + 1]));

    /// <summary>
    /// "What sources of pride does X draw on?", "which officials or party figures are quoted?": the words between
    /// "which"/"what" and the verb name the kind of things asked for. Once a plural that is no amount heads them, an
    /// amount word further on describes those things ("of strength") or names more of them ("figures"), and asks no
    /// amount; "what share of voters" and "what dollar figure" open on the amount itself. The positions of those words.
    /// </summary>
    private static HashSet<int> KindAsked(IReadOnlyList<string> tokens)
    {
        var kind = new HashSet<int>();
        var at = 0;
        while (at < tokens.Count && tokens[at] is not ("which" or "what"))
            at++;
        if (at == tokens.Count)
            return kind;
        var headed = false;
        for (var i = at + 1; i < tokens.Count && !Auxiliaries.Contains(tokens[i]) && tokens[i] is not ("are" or "were"); i++)
        {
            if (headed)
                kind.Add(i);
            else if (Vocabulary.AmountAttributes.Contains(tokens[i]))
                return [];
            else
                headed = tokens[i].Length > PluralHeadLength && tokens[i].EndsWith('s') && !tokens[i].EndsWith("ss", StringComparison.Ordinal)
                    && !tokens[i].EndsWith("us", StringComparison.Ordinal);
        }
        return kind;
    }

    /// <summary>Shorter words ending in "s" ("its", "his", "was") head no plural, nor do names in "-us" ("Belarus").</summary>
    private const int PluralHeadLength = 3;

    /// <summary>"which investment fund": the word after the amount word is the kind asked for, which counts nothing.</summary>
    private static bool NamesAnotherKind(string next) =>
        next != "of" && !Vocabulary.AmountAttributes.Contains(next) && !Vocabulary.Stopwords.Contains(next);

    /// <summary>
    /// "the total defence system": "total" before a word that is no count ("defence", not "casualties" or "cost") says
    /// how whole a thing is, not how many.
    /// </summary>
    private static bool NamesNoAmount(string next) =>
        next != "of" && !next.EndsWith('s') && !Vocabulary.AmountAttributes.Contains(next) && !Vocabulary.Stopwords.Contains(next);

    /// <summary>
    /// "Confirm: the investment has risen." states a claim with its verb; "size of the contingent sent?" or "is the budget
    /// big or small?" still ask the amount. Read as written: "IS-held" names a group, not a verb.
    /// </summary>
    private static bool StatesClaim(List<string> caseTokens) => caseTokens.Skip(1).Any(token => Auxiliaries.Contains(token)) && !caseTokens.Contains("or");
}
