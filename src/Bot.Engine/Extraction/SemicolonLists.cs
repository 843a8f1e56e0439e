namespace Bot.Engine.Extraction;

/// <summary>
/// A series parted by semicolons ("Critics point to A, who ...; B; C and D", "three causes: A; B; and C"): two
/// semicolons or more set off the items, the last part's "and" joins the last two, and the first item starts after a
/// colon, else after the first preposition of its part, whose words before it name the list.
/// </summary>
internal static class SemicolonLists
{
    private const int MaxItemWords = 16;
    private const int MaxLeadWords = 8;

    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "who", "which", "whose", "where" };

    public static (string Name, List<string> Items, int Start, int End)? Find(string text)
    {
        var parts = Parts(text);
        if (parts.Count < 3 || Opening(text, parts[0]) is not { } opening)
            return null;
        var items = new List<string> { opening.Item };
        items.AddRange(parts.Skip(1).SkipLast(1).Select(p => Item(text, p)));
        var (lastStart, lastEnd) = parts[^1];
        var last = text[lastStart..lastEnd];
        if (last.StartsWith("and ", StringComparison.Ordinal))
            items.Add(Item(text, (lastStart + 4, lastEnd)));
        else if (last.LastIndexOf(" and ", StringComparison.Ordinal) is > 0 and var and)
            items.AddRange([Item(text, (lastStart, lastStart + and)), Item(text, (lastStart + and + 5, lastEnd))]);
        else
            items.Add(Item(text, parts[^1]));
        // A clause among the parts ("the port is shut; ...") makes them sentences joined by semicolons, not a list.
        if (items.Any(i => Words.Split(i) is var words && (words.Count is 0 or > MaxItemWords || words.Any(w => NewsWords.Auxiliaries.Contains(w.Text) && w.Lower != "also"))))
            return null;
        return (opening.Name, items, opening.Start, text.Length);
    }

    private static List<(int Start, int End)> Parts(string text)
    {
        var parts = new List<(int, int)>();
        var from = 0;
        for (var at = text.IndexOf("; ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("; ", from, StringComparison.Ordinal))
        {
            parts.Add((from, at));
            from = at + 2;
        }
        parts.Add((from, text.Length));
        return parts;
    }

    /// <summary>The first item (cut before a relative clause about it) with where it starts, and the words naming the list.</summary>
    private static (string Item, int Start, string Name)? Opening(string text, (int Start, int End) part)
    {
        var colon = text.IndexOf(':', part.Start, part.End - part.Start);
        var words = Words.Split(text[part.Start..part.End]);
        var lead = colon >= 0 ? words.FindLastIndex(w => part.Start + w.End <= colon) : words.FindIndex(w => NewsWords.Prepositions.Contains(w.Text));
        if (lead < 0 || lead >= MaxLeadWords || lead + 1 >= words.Count)
            return null;
        var start = part.Start + words[lead + 1].Start;
        var relative = words.Skip(lead + 2).FirstOrDefault(w => Relatives.Contains(w.Text) && text[..(part.Start + w.Start)].TrimEnd().EndsWith(','));
        var end = relative.Text is null ? part.End : part.Start + relative.Start;
        return (Item(text, (start, end)), start, InlineLists.Name(text, part.Start, start));
    }

    private static string Item(string text, (int Start, int End) span) => Quotes.Trim(text[span.Start..span.End]).TrimEnd('.');
}
