using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>Cuts short verbatim quotes out of a sentence: a clause, never more than a few dozen words.</summary>
internal static partial class Quotes
{
    public const int MaxWords = 30;

    private static readonly char[] ClauseMarks = [',', ';', ':', '(', ')'];

    /// <summary>The clause around a span (between commas, semicolons, brackets), at most <paramref name="maxWords"/> words.</summary>
    public static string Around(string text, int start, int end, int maxWords = 14)
    {
        var from = Extraction.ClauseMarks.Previous(text, ClauseMarks, Math.Max(start - 1, 0)) + 1;
        var to = Extraction.ClauseMarks.Next(text, ClauseMarks, end);
        return Window(text, from, to < 0 ? text.Length : to, start, end, maxWords);
    }

    /// <summary>The span itself, shortened from its end to at most <paramref name="maxWords"/> words.</summary>
    public static string Clip(string text, int start, int end, int maxWords = MaxWords) => Window(text, start, end, start, start, maxWords);

    /// <summary>Between <paramref name="from"/> and <paramref name="to"/>, keeping [keepStart, keepEnd) and at most maxWords words.</summary>
    public static string Window(string text, int from, int to, int keepStart, int keepEnd, int maxWords)
    {
        var words = SplitOnce(text).Where(w => w.Start >= from && w.End <= to).ToList();
        if (words.Count == 0)
            return Trim(text[Math.Min(keepStart, text.Length)..Math.Max(keepEnd, keepStart)]);
        var first = 0;
        var last = words.Count - 1;
        while (last - first + 1 > maxWords)
        {
            // Drop from whichever end lies further from the part that must stay.
            var headRoom = keepStart - words[first].Start;
            var tailRoom = words[last].End - keepEnd;
            if (tailRoom >= headRoom && words[last].Start >= keepEnd)
                last--;
            else if (words[first].End <= keepStart)
                first++;
            else
                last--;
        }
        var startAt = first == 0 ? Math.Min(from, words[0].Start) : words[first].Start;
        var endAt = last == words.Count - 1 ? Math.Max(to, words[last].FullEnd) : words[last].FullEnd;
        return Trim(text[startAt..Math.Min(endAt, text.Length)]);
    }

    /// <summary>
    /// The sentence around a span, cut only at clause marks (commas, semicolons, colons, dashes) to at most
    /// <paramref name="maxWords"/> words, so it reads as whole clauses; a plain window when no cut fits. It lies within [<paramref name="from"/>, <paramref name="to"/>).
    /// </summary>
    public static string Clauses(string text, int start, int end, int maxWords, int from = 0, int to = -1)
    {
        to = to < 0 ? text.Length : to;
        while (WordCount(text, from, to) > maxWords)
        {
            var before = Extraction.ClauseMarks.Next(text, ClauseBreaks, from);
            var after = Extraction.ClauseMarks.Previous(text, ClauseBreaks, Math.Max(to - 1, 0));
            var canCutHead = before >= from && before < start;
            var canCutTail = after >= end && after < to;
            if (!canCutHead && !canCutTail)
                return Window(text, from, to, start, end, maxWords);
            if (canCutHead && (!canCutTail || start - from >= to - end))
                from = before + 1;
            else
                to = after;
        }
        var clauses = Trim(text[from..to]).TrimStart(ClauseBreaks).Trim();
        // "and reveals a rift": a clause cut from its sentence starts at its verb, not at the conjunction.
        return LeadingConjunction().Replace(clauses, "");
    }

    [GeneratedRegex(@"^(?:and|or|but)\s+(?=\S)")]
    private static partial Regex LeadingConjunction();

    private static readonly char[] ClauseBreaks = [',', ';', ':', '\u2013', '\u2014'];

    private static int WordCount(string text, int from, int to) => SplitOnce(text[from..to]).Count;

    /// <summary>
    /// The words of a text, split once for the calls in a row that cut quotes from one sentence (one per name it
    /// holds): splitting it anew each time made a long sentence cost its length times its names. Read only.
    /// </summary>
    private static List<Word> SplitOnce(string text)
    {
        if (lastSplit is var (last, words) && ReferenceEquals(last, text))
            return words;
        words = Words.Split(text);
        lastSplit = (text, words);
        return words;
    }

    [ThreadStatic]
    private static (string Text, List<Word> Words)? lastSplit;

    public static string Trim(string quote) => quote.Trim().TrimEnd(',', ';', ':', '(', '-', ' ').Trim();
}
