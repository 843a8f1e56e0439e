namespace Bot.Engine.Extraction;

/// <summary>
/// Series of actions rather than of things: "the board won time by dredging the channel, hiring pilots and cutting fees".
/// Each item opens on a verb's "-ing" form, which alone would mark a clause ("..., leaving the port idle"); a run of
/// them parted by commas and closed by "and" before another is a list all the same, named by the words before its first.
/// </summary>
internal static partial class InlineLists
{
    /// <summary>Shorter "-ing" words are no verb forms ("king", "ring", "sing" aside).</summary>
    private const int MinActionLength = 5;

    /// <summary>"-ing" words that are no action of a series: things, or the verb of a passive or progressive ("being").</summary>
    private static readonly HashSet<string> NotActions = new(StringComparer.Ordinal)
    {
        "being", "thing", "things", "bring", "spring", "string", "swing", "sting", "something", "anything", "everything", "nothing",
        "morning", "evening", "ceiling", "wedding", "according", "during", "notwithstanding", "regarding", "concerning", "including",
    };

    /// <summary>Words that may stand before the action's verb within its item ("and even tracking them", "also cutting fees").</summary>
    private static readonly HashSet<string> ActionLeads = new(StringComparer.Ordinal) { "even", "also", "then", "later", "finally", "not" };

    /// <summary>Where " and " joins two items of a chunk; in a series of actions only where an action follows it ("and cutting fees").</summary>
    private static int Join(string text, (int Start, int End) chunk, bool gerunds)
    {
        var and = And(text, chunk);
        return !gerunds || and < 0 || OpensOnAction(Words.Split(text[(and + 5)..chunk.End])) ? and : -1;
    }

    /// <summary>
    /// The first action of a series and the words before it naming the list: the action opens on the chunk's last "-ing"
    /// verb ("cut costs by dredging the channel"), with a word leading it ("even", "drastically").
    /// </summary>
    private static ((int Start, int End) Item, string Name)? GerundOpening(string text, (int Start, int End) chunk)
    {
        var words = Words.Split(text[chunk.Start..chunk.End]);
        var verb = words.FindLastIndex(w => IsActionVerb(w.Text));
        if (verb < 0)
            return null;
        var start = verb > 0 && IsActionLead(words[verb - 1].Text) ? verb - 1 : verb;
        var itemStart = chunk.Start + words[start].Start;
        if (!IsAction(Item(text, (itemStart, chunk.End))))
            return null;
        var name = Name(text, chunk.Start, itemStart);
        var introduced = start > 0 && words[start - 1].Text is "including" or "as" or "like";
        if (Words.Split(name).Count < 2 && (name.Length > 0 || introduced))
            name = Name(text, ClauseMarks.PreviousComma(text, Math.Max(chunk.Start - 2, 0)) + 1, itemStart);
        return ((itemStart, chunk.End), name);
    }

    /// <summary>
    /// A short phrase opening on an action ("hiring pilots from abroad"): it may hold prepositions, but no auxiliary, verb of
    /// saying or relative clause, which would make it a clause of its own.
    /// </summary>
    public static bool IsAction(string item)
    {
        var words = Words.Split(item);
        return words.Count is > 0 and <= MaxItemWords && OpensOnAction(words) && !IsLowerFunctionWord(words[^1].Text)
            && !words.Any(w => IsLowerAuxiliary(w.Text) || Relatives.Contains(w.Text) || w.Text == "than" || Verbs.IsReporting(w.Text));
    }

    /// <summary>Whether the words open on an action, with at most one word leading its verb.</summary>
    private static bool OpensOnAction(List<Word> words) =>
        words.Count > 0 && (IsActionVerb(words[0].Text) || (words.Count > 1 && IsActionLead(words[0].Text) && IsActionVerb(words[1].Text)));

    private static bool IsActionVerb(string word) =>
        word.Length >= MinActionLength && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal)
        && !NotActions.Contains(word) && !NewsWords.IsFunctionWord(word) && !NewsWords.Prepositions.Contains(word);

    /// <summary>"even", "also", or an adverb in "-ly" ("drastically cutting fees").</summary>
    private static bool IsActionLead(string word) =>
        ActionLeads.Contains(word) || (word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal));
}
