namespace Bot.Engine.Extraction;

/// <summary>Cuts short verbatim quotes out of a sentence: a clause, never more than a few dozen words.</summary>
internal static class Quotes
{
    public const int MaxWords = 30;

    private static readonly char[] ClauseMarks = [',', ';', ':', '(', ')'];

    /// <summary>The clause around a span (between commas, semicolons, brackets), at most <paramref name="maxWords"/> words.</summary>
    public static string Around(string text, int start, int end, int maxWords = 14)
    {
        var from = text.LastIndexOfAny(ClauseMarks, Math.Max(start - 1, 0)) + 1;
        var to = text.IndexOfAny(ClauseMarks, end);
        return Window(text, from, to < 0 ? text.Length : to, start, end, maxWords);
    }

    /// <summary>The span itself, shortened from its end to at most <paramref name="maxWords"/> words.</summary>
    public static string Clip(string text, int start, int end, int maxWords = MaxWords) => Window(text, start, end, start, start, maxWords);

    /// <summary>Between <paramref name="from"/> and <paramref name="to"/>, keeping [keepStart, keepEnd) and at most maxWords words.</summary>
    public static string Window(string text, int from, int to, int keepStart, int keepEnd, int maxWords)
    {
        var words = Words.Split(text).Where(w => w.Start >= from && w.End <= to).ToList();
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

    public static string Trim(string quote) => quote.Trim().TrimEnd(',', ';', ':', '(', '-', ' ').Trim();
}
