using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// "when was X's father born?" answered from "X, whose father was born abroad, and whose house has stood there since the
/// 1950s": a sentence may date one of its clauses and speak of what is asked in another. The date answers only when a
/// clause holding it says something the question asks (its words or a name it gives), or is nothing but the date ("In
/// 2019, ...", which dates the whole sentence).
/// </summary>
internal static partial class DateCheck
{
    /// <summary>
    /// Whether the answer's date stands only in clauses saying nothing asked, while another clause of its sentence speaks
    /// of what is asked. A date the sentence does not write (an annotation's, or one worked out from "this year") is left
    /// to the answerer.
    /// </summary>
    public static bool DatesAnotherClause(Turn t, Reply reply)
    {
        if (t.Q.Intent is not Intent.When || t.Q.ContextFact is not null || reply.Fact is not { } fact || Ranker.DateOf(fact.Fact) is not { } date)
            return false;
        // "X, a body set up in 1998,": a fact whose keywords say what is asked ("founded") is dated by its own date.
        var keywords = fact.Fact.Keywords.SelectMany(Words.Stems).ToHashSet(StringComparer.Ordinal);
        if (t.Q.Residual.Any(w => t.Covers(keywords, w)))
            return false;
        var sentences = reply.Answer.Evidence.Select(e => SentenceOf(t.Index, e)).ToList();
        // "On 24 June 2024, following a meeting, X reiterated ...", "Since the start of the war in 2015, X has ...": a date
        // opening the sentence, or in the phrase it opens with, dates its main clause.
        // An annotation's summary may say so where the sentence does not ("On June 3, X said ...").
        if (sentences.Append(fact.Fact.Text).Any(s => Writes([.. Tokenizer.Tokens(s).Take(OpeningReach)], date)
            || (ClauseBreak().Split(s)[0] is var opening && Tokenizer.Tokens(opening) is [var first, ..] && Openers.Contains(first) && Writes(Tokenizer.Tokens(opening), date))))
            return false;
        var split = sentences.Select(s => ClauseBreak().Split(WithBracketedDatesInline(s)).Where(c => c.Trim().Length > 0).ToList()).ToList();
        if (split.Any(s => DatesMainClause(s, date) && SaysAsked(t, s[0])) || split.Any(s => DatesWhenClause(t, s, date)))
            return false;
        var clauses = split.SelectMany(s => s).ToList();
        var dating = clauses.Where(c => Writes(Tokenizer.Tokens(c), date)).ToList();
        return dating.Count > 0 && !dating.Any(c => IsOnlyADate(c) || SaysAsked(t, c)) && clauses.Except(dating).Any(c => SaysAsked(t, c));
    }

    /// <summary>
    /// "X is due to meet her counterpart, Jo Roe, in Lorvik on May 3": a phrase opening with a preposition, after nothing
    /// but asides, still says where and when the first clause happens; "X met Jo Roe, who arrived on May 3" dates another.
    /// </summary>
    private static bool DatesMainClause(List<string> clauses, FactDate date)
    {
        for (var i = 1; i < clauses.Count; i++)
        {
            if (Tokenizer.Tokens(clauses[i]) is not [var first, ..] words || Joiners.Contains(first))
                return false;
            if (Prepositions.Contains(first) && Writes(words, date))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "This was stressed in April 2022, when Jo Roe said ...": a clause opening on "when" right after the date tells what
    /// happened at that date, so the date is that clause's too.
    /// </summary>
    private static bool DatesWhenClause(Turn t, List<string> clauses, FactDate date)
    {
        for (var i = 1; i < clauses.Count; i++)
        {
            if (Tokenizer.Tokens(clauses[i]) is ["when", ..] && Writes(Tokenizer.Tokens(clauses[i - 1]), date) && SaysAsked(t, clauses[i]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Prepositions opening a phrase that says where or when the clause it follows happens, or what its subject was about
    /// ("the last dispute, over a border crossing in 2017, lasted six months").
    /// </summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "on", "at", "during", "over", "amid", "between" };

    /// <summary>Words opening a clause of its own, which has its own time.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "which", "who", "whose", "whom", "where", "while", "when", "after", "before", "as", "because", "since", "although",
        "though", "that", "until", "once", "if", "so",
    };

    /// <summary>
    /// "when will the next round of talks happen?" answered with "aid this year and next": a sentence dating something
    /// that says none of what the question names, but for its words of time ("next", "last"), dates something else.
    /// </summary>
    public static bool DatesNothingAsked(Turn t, Reply reply)
    {
        var q = t.Q;
        if (q.Intent is not Intent.When || q.ContextFact is not null || q.Entities.Count > 0 || reply.Fact is null)
            return false;
        var asked = q.Residual.Where(w => !TimeStems.Contains(w) && !Occurrences.Contains(w)).ToList();
        var said = reply.Answer.Evidence.Select(e => SentenceOf(t.Index, e)).Append(reply.Fact.Fact.Text).SelectMany(Words.Stems).ToHashSet(StringComparer.Ordinal);
        return asked.Count > 0 && !asked.Any(w => t.Covers(said, w));
    }

    /// <summary>
    /// "Delivery timeline for the trucks?", "the deadline for the vote": a time asked by its noun must be given, as a date or
    /// in words of time ("within weeks", "next year"), in a clause saying what it is the time of; "X is supplying trucks"
    /// gives none, nor does "last June" of another clause.
    /// </summary>
    public static bool LacksTimeAsked(Turn t, string answer) =>
        t.Q.Intent is not (Intent.Order or Intent.YesNo) && t.Q.Date is null && TimeNounAsked.IsMatch(t.Q.Words)
        && !ClauseBreak().Split(answer).Any(c => Tokenizer.Tokens(c) is var words && (DateText.Find(words) is not null || words.AnyIn(TimeWords))
            && SaysAsked(t, c));

    /// <summary>"timeline for", "the deadline of", "schedule for": a question whose point is a time, named by a noun.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(what is |what's |whats )?(the |a )?(\p{L}+ )?(timeline|timetable|schedule|deadline|timeframe|time frame) (for|of)\b")]
    private static partial System.Text.RegularExpressions.Regex TimeNoun();

    /// <summary>The pattern's matches, remembered by text (see <see cref="Text.RememberedPattern"/>).</summary>
    private static readonly Text.RememberedPattern TimeNounAsked = new(TimeNoun());

    /// <summary>Words saying only that something takes place ("when will it happen?"): none names what.</summary>
    private static readonly HashSet<string> Occurrences = Vocabulary.Stems("happen", "happened", "occur", "take", "place", "held", "hold", "start", "begin", "due");

    /// <summary>Words opening a phrase that sets the time of the clause after it.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "since", "in", "on", "after", "before", "by", "during", "until", "following", "from", "at", "when", "as" };

    /// <summary>How many words may open a sentence before its date and still make it the sentence's ("On 24 June").</summary>
    private const int OpeningReach = 4;

    /// <summary>The whole sentence a quotation is taken from: the clause naming what is dated may come before the quotation.</summary>
    private static string SentenceOf(KnowledgeIndex index, Evidence evidence) =>
        index.InParagraph(evidence.Paragraph).FirstOrDefault(s => s.Sentence.Text.Contains(evidence.Quote, StringComparison.Ordinal))?.Sentence.Text
        ?? evidence.Quote;

    /// <summary>Whether the clause holds a word the question asks (or a synonym) or a name it gives.</summary>
    private static bool SaysAsked(Turn t, string clause)
    {
        var stems = Words.Stems(clause).ToHashSet(StringComparer.Ordinal);
        return t.Q.Residual.Any(w => t.Covers(stems, w)) || t.Index.Linker.MentionedIn(clause).Any(t.Q.Entities.Contains);
    }

    /// <summary>Whether the words write the date: its year (or decade, "the 1950s") or its month.</summary>
    private static bool Writes(IReadOnlyList<string> words, FactDate date)
    {
        var year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return words.Any(w => w == year || w == year + "s" || (date.Month is { } month && Vocabulary.MonthNames.TryGetValue(w, out var m) && m == month));
    }

    /// <summary>
    /// "hosted by Ruritania (May 2023) and Borduria (June 2023), with Lorvik yet to host its own": a date in brackets dates
    /// the words right before it, not the whole sentence, so it is read as part of their clause.
    /// </summary>
    internal static string WithBracketedDatesInline(string sentence) =>
        BracketedText().Replace(sentence, m => IsOnlyADate(m.Groups[1].Value) ? " " + m.Groups[1].Value + " " : m.Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"\(([^()]{1,30})\)")]
    private static partial System.Text.RegularExpressions.Regex BracketedText();

    /// <summary>"In March 2019", "on June 3", "late last year": a clause of nothing but the date, which dates its sentence.</summary>
    private static bool IsOnlyADate(string clause) =>
        Tokenizer.Tokens(clause).All(w => Vocabulary.Stopwords.Contains(w) || w.AnyChar(char.IsDigit) || Vocabulary.MonthNames.ContainsKey(w) || TimeWords.Contains(w));

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "early", "late", "mid", "last", "next", "year", "years", "month", "months", "week", "weeks", "day", "days", "spring", "summer", "autumn",
        "winter", "fall", "soon", "today", "tomorrow", "within", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "night", "ago", "decade", "decades", "century",
    };

    private static readonly HashSet<string> TimeStems = Vocabulary.Stems([.. TimeWords]);

    /// <summary>
    /// Where one clause of a sentence ends: a comma, a semicolon, a colon, a dash or a bracket. Not the comma of "June 3,
    /// 2019", nor one before a present participle ("X denied it, telling reporters on June 23 that ..."), which goes on
    /// with what its clause did.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@",(?!\s*\d{4}\b)(?!\s*\p{L}+ing\b)|[;:()\u2013\u2014]")]
    private static partial System.Text.RegularExpressions.Regex ClauseBreak();
}
