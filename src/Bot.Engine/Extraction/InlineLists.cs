using System.Buffers;
using System.Text.RegularExpressions;

namespace Bot.Engine.Extraction;

/// <summary>
/// Enumerations inside a sentence with no colon: "sway opinion through A, B, and C", "such as A, B and C", "such as A and B".
/// A run of short comma-separated chunks ending in one joined by "and" gives the items; the first item starts
/// after the run's last preposition, and the words before it name the list.
/// </summary>
internal static partial class InlineLists
{
    private const int MaxItemWords = 8;
    private const int MaxFirstItemWords = 6;
    private const int NameWords = 6;

    private static readonly SearchValues<char> Boundaries = SearchValues.Create(";:()\u2013\u2014\"\u201C\u201D");
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her", "our", "two", "three", "four", "five" };
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an" };
    /// <summary>Words that join clauses or comparisons, not the parts of a noun phrase.</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal) { "to", "by", "than", "that", "which", "as", "such" };
    /// <summary>Words that introduce the members of a whole: what follows them is the series, not an object of a verb.</summary>
    private static readonly HashSet<string> Introducers = new(StringComparer.Ordinal) { "including", "include", "includes", "included", "comprise", "comprises", "comprising" };
    private static readonly HashSet<string> Relatives = new(StringComparer.OrdinalIgnoreCase) { "that", "which", "who", "whose", "where" };

    /// <summary>The name, the items and the span the items cover, for each enumeration in the sentence.</summary>
    public static IEnumerable<(string Name, List<string> Items, int Start, int End)> Find(string text)
    {
        if (!text.Contains(" and ", StringComparison.Ordinal) || !text.Contains(',', StringComparison.Ordinal))
            yield break;
        // "Chile (40%), Bolivia (35%) and Peru": a short aside in brackets belongs to the item before it and ends no
        // run of items; it is blanked out, so every offset stays that of the sentence.
        if (text.Contains('(', StringComparison.Ordinal))
            text = ShortAside().Replace(text, aside => new string(' ', aside.Length));
        var from = 0;
        foreach (var end in Ends(text))
        {
            foreach (var found in InSegment(text, from, end))
                yield return found;
            from = end + 1;
        }
    }

    private static IEnumerable<int> Ends(string text)
    {
        for (var at = text.AsSpan().IndexOfAny(Boundaries); at >= 0; at = Next(text, at + 1))
            yield return at;
        yield return text.Length;
    }

    private static int Next(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny(Boundaries);
        return at < 0 ? -1 : from + at;
    }

    private static IEnumerable<(string, List<string>, int, int)> InSegment(string text, int from, int to)
    {
        var chunks = Chunks(text, from, to).Select(c => Cut(text, c)).ToList();
        var listed = new HashSet<int>();
        for (var first = 0; first < chunks.Count - 1; first++)
        {
            if ((Series(text, chunks, first, gerunds: false) ?? Series(text, chunks, first, gerunds: true)) is not (var name, var items, var joined))
                continue;
            listed.Add(joined);
            if (name.Length > 0 && !HasApposition(text, items))
                yield return (name, items.Select(i => Item(text, i)).ToList(), items[0].Start, chunks[joined].End);
            first = joined;
        }
        for (var i = 1; i < chunks.Count; i++)
        {
            if (!listed.Contains(i) && Example(text, chunks[i]) is { } examples)
                yield return (Name(text, chunks[i - 1].Start, chunks[i].Start), examples.Select(item => Item(text, item)).ToList(), examples[0].Start, chunks[i].End);
        }
    }

    /// <summary>
    /// The series opening in the chunk <paramref name="first"/>: its name, its items and the chunk joining its last two;
    /// null when no chunk after it joins items with "and". With <paramref name="gerunds"/>, a series of actions
    /// ("by training pilots, building depots and sharing data") rather than of things.
    /// </summary>
    private static (string Name, List<(int Start, int End)> Items, int Joined)? Series(string text, List<(int Start, int End)> chunks, int first, bool gerunds)
    {
        var last = first;
        while (last + 1 < chunks.Count && Items(text, chunks[last + 1], gerunds) is not null)
            last++;
        var joined = Enumerable.Range(first + 1, last - first).LastOrDefault(i => Join(text, chunks[i], gerunds) >= 0, -1);
        if (joined < 0 || (gerunds ? GerundOpening(text, chunks[first]) : Opening(text, chunks[first])) is not { } opening)
            return null;
        var items = new List<(int Start, int End)> { opening.Item };
        items.AddRange(chunks.Skip(first + 1).Take(joined - first - 1));
        items.AddRange(Items(text, chunks[joined], gerunds)!);
        // "hit by floods, and the town is rebuilding": two parts parted by ", and" join clauses; a pair of items takes no comma.
        if (items.Count == 2 && And(text, chunks[joined]) == chunks[joined].Start)
            return null;
        return (opening.Name, items, joined);
    }

    /// <summary>
    /// "Ana Ruiz, the port's mayor, and Luis Vela": an item that only describes (a lowercase phrase opening with
    /// "the" or "a") right after one ending in a name says who that name is; the commas set off no third item.
    /// </summary>
    private static bool HasApposition(string text, List<(int Start, int End)> items) =>
        items.Skip(1).Select((item, i) => (Before: Words.Split(Item(text, items[i])), Words: Words.Split(Item(text, item))))
            .Any(p => p.Before.Count > 0 && char.IsUpper(p.Before[^1].Text[0]) && p.Words.Count > 1 && Articles.Contains(p.Words[0].Text)
                && p.Words.All(w => !char.IsUpper(w.Text[0])));

    /// <summary>", such as A and B," or ", including A and B,": two examples set off by commas name no list of their own.</summary>
    private static List<(int Start, int End)>? Example(string text, (int Start, int End) chunk)
    {
        var words = Words.Split(text[chunk.Start..chunk.End]);
        var lead = words.Count > 2 && words[0].Text == "such" && words[1].Text == "as" ? 2 : words.Count > 1 && words[0].Text == "including" ? 1 : 0;
        if (lead == 0 || And(text, chunk) < 0)
            return null;
        // "including the loss of A and B": the "and" joins inside one phrase, not two examples.
        if (words.Skip(lead).Any(w => NewsWords.Prepositions.Contains(w.Text)))
            return null;
        var items = Items(text, (chunk.Start + words[lead].Start, chunk.End));
        return items is { Count: 2 } ? items : null;
    }

    /// <summary>A chunk as list items: itself, or the two "B and C" joins; null when one is no item.</summary>
    private static List<(int Start, int End)>? Items(string text, (int Start, int End) chunk, bool gerunds = false)
    {
        var and = Join(text, chunk, gerunds);
        List<(int Start, int End)> items = and < 0 ? [chunk] : [(chunk.Start, and), (and + 5, chunk.End)];
        if (and >= 0 && Item(text, items[0]).Length == 0)
            items.RemoveAt(0);
        return items.All(i => gerunds ? IsAction(Item(text, i)) : IsItem(Item(text, i))) ? items : null;
    }

    private static string Item(string text, (int Start, int End) span) => Quotes.Trim(text[span.Start..span.End]).TrimEnd('.').TrimEnd();

    /// <summary>A short noun phrase: no clause ("but mostly by X", "meaning that", "offering Y") passes for an item.</summary>
    public static bool IsItem(string item)
    {
        var words = Words.Split(item);
        if (words.Count is 0 or > MaxItemWords)
            return false;
        var head = words[0].Text;
        var opensClause = (NewsWords.IsFunctionWord(head) || NewsWords.Prepositions.Contains(head)) && !Determiners.Contains(head)
            || char.IsLower(head[0]) && (head.EndsWith("ing", StringComparison.Ordinal) || head.EndsWith("ed", StringComparison.Ordinal));
        return !opensClause && !IsLowerFunctionWord(words[^1].Text) && !words.Any(w => IsLowerAuxiliary(w.Text) || Linking.Contains(w.Text) || Verbs.IsReporting(w.Text));
    }

    /// <summary>
    /// Within an item a function word or auxiliary is written small: a capitalised one is a name ("ports in May", "a
    /// letter from Will"), which ends no item.
    /// </summary>
    private static bool IsLowerFunctionWord(string word) => NewsWords.IsFunctionWord(word) && !char.IsUpper(word[0]);

    private static bool IsLowerAuxiliary(string word) => NewsWords.Auxiliaries.Contains(word) && !char.IsUpper(word[0]);

    private static List<(int Start, int End)> Chunks(string text, int from, int to)
    {
        var chunks = new List<(int, int)>();
        for (var comma = ClauseMarks.NextComma(text, from); comma >= 0 && comma < to; comma = ClauseMarks.NextComma(text, from))
        {
            chunks.Add((from, comma));
            from = comma + 1;
        }
        chunks.Add((from, to));
        return chunks;
    }

    /// <summary>"repairs of equipment that Russia lacks": the last item ends before a relative clause.</summary>
    private static (int Start, int End) Cut(string text, (int Start, int End) chunk)
    {
        var relative = Words.Split(text[chunk.Start..chunk.End]).Skip(1).FirstOrDefault(w => Relatives.Contains(w.Text));
        return relative.Text is null ? chunk : (chunk.Start, chunk.Start + relative.Start);
    }

    /// <summary>Where " and " joins the last two items of a chunk, or -1.</summary>
    private static int And(string text, (int Start, int End) chunk)
    {
        var at = text.IndexOf(" and ", chunk.Start, StringComparison.Ordinal);
        return at >= 0 && at + 5 < chunk.End ? at : -1;
    }

    /// <summary>The first item (after the word introducing the series, else the chunk's last preposition) and the words before it that name the list.</summary>
    private static ((int Start, int End) Item, string Name)? Opening(string text, (int Start, int End) chunk)
    {
        var words = Words.Split(text[chunk.Start..chunk.End]);
        // "including A of B in C, D and E", "ventures include A, B and C", "such as respect for A, B and C": the first item
        // runs from the word introducing the series, whatever prepositions it holds; "includes sending jets for repairs,
        // parts and fuel" has no item there, and the series opens after the preposition that follows.
        var introducer = Math.Max(words.FindLastIndex(w => Introducers.Contains(w.Text)), SuchAs(words));
        var preposition = words.FindLastIndex(w => NewsWords.Prepositions.Contains(w.Text) || w.Text is "as" or "like");
        var lead = introducer >= 0 && (preposition < introducer || IsFirstItem(text, chunk, words[(introducer + 1)..], MaxItemWords)) ? introducer : preposition;
        var item = words[(lead + 1)..];
        if (!IsFirstItem(text, chunk, item, introducer >= 0 && lead == introducer ? MaxItemWords : MaxFirstItemWords))
            return null;
        var itemStart = chunk.Start + item[0].Start;
        var name = Name(text, chunk.Start, itemStart);
        // ", including A, B and C" or ", but mostly by A, B and C": the chunk before says what the items are.
        var introduced = lead >= 0 && (Introducers.Contains(words[lead].Text) || words[lead].Text is "as" or "like");
        if (Words.Split(name).Count < 2 && (name.Length > 0 || introduced))
            name = Name(text, ClauseMarks.PreviousComma(text, Math.Max(chunk.Start - 2, 0)) + 1, itemStart);
        return ((itemStart, chunk.End), name);
    }

    private static bool IsFirstItem(string text, (int Start, int End) chunk, List<Word> item, int maxWords) =>
        item.Count > 0 && item.Count <= maxWords && IsItem(Item(text, (chunk.Start + item[0].Start, chunk.End)));

    /// <summary>Where the last "such as" of the words has its "as", or -1.</summary>
    private static int SuchAs(List<Word> words) =>
        Enumerable.Range(1, Math.Max(words.Count - 1, 0)).LastOrDefault(i => words[i].Text == "as" && words[i - 1].Text == "such", -1);

    /// <summary>The last few words before the first item, without function words at either end.</summary>
    public static string Name(string text, int from, int to)
    {
        var head = text[from..to];
        var words = Words.Split(head).TakeLast(NameWords).ToList();
        while (words.Count > 0 && (NewsWords.IsFunctionWord(words[^1].Text) || Linking.Contains(words[^1].Text) || Introducers.Contains(words[^1].Text)))
            words.RemoveAt(words.Count - 1);
        while (words.Count > 0 && NewsWords.IsFunctionWord(words[0].Text))
            words.RemoveAt(0);
        return words.Count == 0 ? "" : head[words[0].Start..words[^1].FullEnd];
    }

    /// <summary>Brackets holding a few words at most: a date, a share, an abbreviation.</summary>
    [GeneratedRegex(@"\((?:\s*[^()\s]+){1,4}\s*\)")]
    private static partial Regex ShortAside();
}
