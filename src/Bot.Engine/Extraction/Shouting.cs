namespace Bot.Engine.Extraction;

/// <summary>
/// Words set in capitals for emphasis or house style ("JANE ROE OF THE UNION SAID ..."): read as the article writes
/// them elsewhere, so capitals alone never make a name or an acronym.
/// </summary>
internal static class Shouting
{
    /// <summary>Three capitalised words in a row at least: fewer may be acronyms side by side ("NATO EU talks").</summary>
    private const int MinRun = 3;

    /// <summary>
    /// Rewrites the words of each stretch set in capitals: a word the article also writes with a capital in mid-sentence
    /// ("Roe"), or an honorific or title, keeps a capital; every other word is read in lower case.
    /// </summary>
    public static void Soften(IReadOnlyList<Line> lines)
    {
        var stretches = lines.Select(Stretches).ToList();
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var l = 0; l < lines.Count; l++)
        {
            var words = lines[l].Words;
            for (var i = 1; i < words.Count; i++)
            {
                if (words[i].IsCapitalized && !stretches[l].Contains(i) && words[i].Text.Skip(1).Any(char.IsLower))
                    named.Add(words[i].Text);
            }
        }
        for (var l = 0; l < lines.Count; l++)
        {
            var words = lines[l].Words;
            foreach (var i in stretches[l])
            {
                var word = words[i];
                var capital = char.ToUpperInvariant(word.Text[0]) + word.Text[1..].ToLowerInvariant();
                var kept = !NewsWords.IsFunctionWord(capital.ToLowerInvariant()) && (named.Contains(capital) || NewsWords.IsTitle(capital));
                words[i] = word with { Text = kept ? capital : word.Text.ToLowerInvariant() };
            }
        }
    }

    /// <summary>
    /// "ON MARCH 3RD the mayor ...": a paragraph opening set in small capitals, as magazines print it, read as
    /// "On March 3rd" (each word capitalised, the same length so positions still hold).
    /// </summary>
    public static string OpeningInOrdinaryCase(string text)
    {
        var words = Words.Split(text).TakeWhile(w => IsInCapitals(w.Text)).ToList();
        if (words.Count < 2)
            return text;
        var chars = text.ToCharArray();
        foreach (var word in words)
        {
            for (var i = word.Start + 1; i < word.End; i++)
                chars[i] = char.ToLowerInvariant(chars[i]);
        }
        return new string(chars);
    }

    /// <summary>Whether the word starting at a position was set in capitals as style, not as an acronym.</summary>
    public static bool IsSoftened(Line line, int start) =>
        line.Words.Any(w => w.Start == start && !line.Text.AsSpan(w.Start, w.End - w.Start).SequenceEqual(w.Text));

    /// <summary>Indices of words in runs of capitals long enough, and with a function word or a long word, to be style.</summary>
    private static HashSet<int> Stretches(Line line)
    {
        var words = line.Words;
        var found = new HashSet<int>();
        var start = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && IsInCapitals(words[i].Text))
                continue;
            var run = Enumerable.Range(start, i - start).ToList();
            if (run.Count >= MinRun && run.Any(r => words[r].Text.Length > 6 || NewsWords.IsFunctionWord(words[r].Text.ToLowerInvariant())))
                found.UnionWith(run);
            start = i + 1;
        }
        return found;
    }

    private static bool IsInCapitals(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);
}
