using System.Globalization;
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
        // The words within [from, to) stand in a row of the sentence's words; found by halving, as a long sentence is windowed once per name in it.
        var all = SplitOnce(text);
        var inside = FirstIndex(all, w => w.Start >= from);
        var words = all.GetRange(inside, Math.Max(0, FirstIndex(all, w => w.End > to) - inside));
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

    /// <summary>
    /// How many words <c>text[from..to]</c> splits into, counted in the words of the whole text, split once: a long
    /// sentence cut clause by clause was split anew for every clause cut off. A word the range cuts through counts when
    /// its part inside holds a letter or digit, as it would split from the part alone.
    /// </summary>
    private static int WordCount(string text, int from, int to)
    {
        var words = SplitOnce(text);
        var first = FirstIndex(words, w => w.FullEnd > from);
        var past = FirstIndex(words, w => w.Start >= to);
        if (past <= first)
            return 0;
        var count = past - first;
        if (!HoldsWordCharacter(text, Math.Max(words[first].Start, from), Math.Min(words[first].FullEnd, to)))
            count--;
        if (past - 1 > first && !HoldsWordCharacter(text, Math.Max(words[past - 1].Start, from), Math.Min(words[past - 1].FullEnd, to)))
            count--;
        return count;
    }

    /// <summary>The first of the words, in text order, from which on <paramref name="holds"/> is true, or their count.</summary>
    private static int FirstIndex(List<Word> words, Func<Word, bool> holds)
    {
        var (low, high) = (0, words.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (holds(words[middle]))
                high = middle;
            else
                low = middle + 1;
        }
        return low;
    }

    /// <summary>Whether a letter or number stands in [from, to), as the word pattern takes them.</summary>
    private static bool HoldsWordCharacter(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.GetUnicodeCategory(text[i]) is <= UnicodeCategory.OtherLetter or (>= UnicodeCategory.DecimalDigitNumber and <= UnicodeCategory.OtherNumber))
                return true;
        }
        return false;
    }

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
