using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>
/// Finds who does what a verb says: walking back from the verb over comma-separated stretches, it skips
/// inserted clauses (", which ...,", ", like X,"), appositives ("X, the head of Y, said") and names after
/// prepositions, and takes the name closest to the verb; "he", "its" and the like point at the last fitting actor.
/// </summary>
internal sealed partial class Subjects(IReadOnlyList<Line> lines, IReadOnlyDictionary<string, ActorKind> kinds)
{
    private const int MaxStretches = 3;
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "this", "these", "those", "its", "his", "her", "their" };
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase) { "year", "month", "week", "day", "spring", "summer", "autumn", "fall", "winter", "decade", "night", "morning" };
    /// <summary>Words counting the people a noun after "of" names ("tens of thousands of protesters"), who are the subject.</summary>
    private static readonly HashSet<string> Counts = new(StringComparer.OrdinalIgnoreCase) { "tens", "hundreds", "thousands", "millions", "dozens", "scores" };
    private static readonly HashSet<string> ExampleOpeners = new(StringComparer.Ordinal) { "like", "such", "including", "notably", "especially" };
    private static readonly char[] StretchMarks = [',', ';', ':', '(', ')', '"', '\u201C', '\u201D'];

    /// <summary>The actors doing the verb that starts at <paramref name="verbStart"/>; empty when no actor is the subject.</summary>
    public IReadOnlyList<string> Of(Line line, int verbStart)
    {
        var end = verbStart;
        // "X, like Y, urged": the example named holds what its group does.
        var examples = new List<string>();
        for (var stretch = 0; stretch < MaxStretches && end > 0;)
        {
            // "X, Y's successor (pending a vote), says": an aside in brackets stands apart from who does the verb.
            var before = line.Text.AsSpan(0, end).TrimEnd();
            if (before.EndsWith(")") && before.LastIndexOf('(') is > 0 and var open)
            {
                end = open;
                continue;
            }
            var start = ClauseMarks.Previous(line.Text, StretchMarks, Math.Max(end - 1, 0)) + 1;
            var text = line.Text[start..end].TrimStart();
            if (text.Length > 0)
                stretch++;
            var opener = text.Split(' ', 2)[0];
            // "X is not on any list, the report said": a document says it, not the actor its clause names.
            if (stretch == 1 && IsDocument(text) && !line.MentionsIn(start, end).Any())
                return [];
            if (IsDescription(text) && Described(line, start) is { } described)
                return described;
            if (ExampleOpeners.Contains(opener))
                examples.AddRange(line.MentionsIn(start, end).Where(m => !m.Possessive).Select(m => m.Actor));
            if (!NewsWords.InsertionOpeners.Contains(opener))
            {
                var free = line.MentionsIn(start, end).Where(m => IsFree(line, m, start)).ToList();
                var chosen = Closest(line, free, start);
                if (chosen.Count > 0)
                    return [.. chosen.Concat(examples).Distinct()];
                if (Pronoun(line, start, end) is { } pronoun)
                    return Resolve(line, pronoun.Word, pronoun.Start) is { } actor ? [actor] : [];
            }
            end = start - 1;
        }
        return [];
    }

    /// <summary>
    /// "X, an activist for Y, a Z organisation, says": descriptions set off by commas after a person's name describe
    /// that person, whatever they name themselves; the person before them (with any joined to them by "and") is who speaks.
    /// </summary>
    private List<string>? Described(Line line, int descriptionStart)
    {
        for (var start = descriptionStart; start > 0 && line.Text[start - 1] == ',';)
        {
            var comma = start - 1;
            var before = ClauseMarks.Previous(line.Text, StretchMarks, Math.Max(comma - 1, 0)) + 1;
            var person = line.MentionsIn(before, comma).LastOrDefault(m => kinds[m.Actor] == ActorKind.Person && !m.Possessive && line.Text[m.End..comma].Trim().Length == 0);
            if (person is not null)
                return IsFree(line, person, before) ? [.. Joined(line, person, line.MentionsIn(before, comma).Where(m => IsFree(line, m, before)), before), person.Actor] : null;
            if (before == 0 || !IsDescription(line.Text[before..comma].TrimStart()))
                return null;
            start = before;
        }
        return null;
    }

    /// <summary>"the report", "the court records", "their statement": a document, which says things but is no actor.</summary>
    private static bool IsDocument(string stretch)
    {
        var words = stretch.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 3 && Determiners.Contains(words[0]) && DocumentNouns.Contains(words[^1]) && words.All(w => w.All(char.IsLower));
    }

    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "report", "reports", "study", "survey", "statement", "document", "documents", "records", "record", "filing", "filings", "paper",
        "memo", "letter", "ruling", "verdict", "indictment", "findings", "data", "analysis", "assessment", "review",
    };

    /// <summary>"a former judge", "the head of X", "Ruritania's envoy": a noun phrase that describes, not a clause.</summary>
    private static bool IsDescription(string stretch)
    {
        // "Ms Roe's successor": a courtesy title before the possessive.
        var words = stretch.Split(' ', 3);
        var first = words.Length > 1 && NewsWords.Honorifics.Contains(words[0]) ? words[1] : words[0];
        return first is "a" or "an" or "the" || (first.Length > 2 && (first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("\u2019s", StringComparison.Ordinal)));
    }

    /// <summary>The actor a possessive like "X's" or "its" right before <paramref name="position"/> names.</summary>
    public string? Possessor(Line line, int position, int maxWordsBetween = 3)
    {
        var before = line.Mentions.LastOrDefault(m => m.Possessive && m.End + 2 <= position && WordsBetween(line, m.End + 2, position) <= maxWordsBetween);
        var pronounAt = line.Words.LastOrDefault(w => w.End <= position && w.Text is "its" or "his" or "her" or "their" or "Its" or "His" or "Her" or "Their");
        if (pronounAt.Text is not null && (before is null || pronounAt.Start > before.Start) && WordsBetween(line, pronounAt.End, position) <= maxWordsBetween)
            return Resolve(line, pronounAt.Text, pronounAt.Start);
        return before?.Actor;
    }

    /// <summary>
    /// The last actor before a pronoun that fits it: "he"/"his" a person, "it"/"its" a state or organisation; a subject
    /// pronoun after "When X turned to Y," the one turned to (<see cref="Addressed"/>).
    /// </summary>
    public string? Resolve(Line line, string pronoun, int position)
    {
        var fits = pronoun.ToLowerInvariant() switch
        {
            "he" or "his" or "him" or "she" or "her" => (Func<ActorKind, bool>)(k => k == ActorKind.Person),
            "it" or "its" => k => k is ActorKind.State or ActorKind.Organisation,
            _ => k => k is ActorKind.Group or ActorKind.State or ActorKind.Organisation,
        };
        if (pronoun is "he" or "He" or "she" or "She" or "they" or "They" && Addressed(line, position, actor => fits(kinds[actor])) is { } addressed)
            return addressed.Actor;
        var index = lines.ToList().IndexOf(line);
        for (var i = index; i >= 0 && i >= index - 2; i--)
        {
            var candidates = lines[i].Mentions.Where(m => (i < index || m.End <= position) && fits(kinds[m.Actor])).ToList();
            if (candidates.Count > 0)
                return (i == index ? candidates.LastOrDefault(m => IsFree(line, m, 0)) ?? candidates[^1] : candidates.FirstOrDefault(m => IsFree(lines[i], m, 0)) ?? candidates[0]).Actor;
        }
        return null;
    }

    /// <summary>A name right after a preposition ("in southern X", "of the Y's Z") is an object, not a subject.</summary>
    public static bool IsFree(Line line, Mention mention, int stretchStart)
    {
        var i = line.WordAt(mention.Start) - 1;
        for (var steps = 0; i >= 0 && steps < 6 && line.Words[i].Start >= stretchStart; i--, steps++)
        {
            var word = line.Words[i];
            if (word.Lower == "of" && i > 0 && Counts.Contains(line.Words[i - 1].Text))
                continue;
            // "Minister of Defence Jo Roe": "of" inside a title leads to its portfolio; the name after that holds the title.
            if (word.Lower is "of" or "for" && steps > 0 && i > 0 && NewsWords.IsTitle(line.Words[i - 1].Text) && line.Words[i + 1].IsCapitalized)
                return true;
            if (NewsWords.Prepositions.Contains(word.Text))
                return steps > 0 && IsTime(line.Words[i + steps]);
            if (Determiners.Contains(word.Text) || word.Possessive || (!NewsWords.IsFunctionWord(word.Text) && line.Mentions.Any(m => m.Start <= word.Start && word.End <= m.End)))
                continue;
            if (NewsWords.IsFunctionWord(word.Text) || steps >= 2)
                return true;
        }
        return true;
    }

    /// <summary>"On June 3 Jo Roe said", "On May 21st X said", "In 2019 X said": a time the sentence opens with, no phrase holding the name.</summary>
    public static bool IsTime(Word word) => TimeNouns.Contains(word.Text) || Dates.IsMonth(word.Text) || word.Text.All(char.IsDigit) || DayOrdinal().IsMatch(word.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{1,2}(?:st|nd|rd|th)$")]
    private static partial System.Text.RegularExpressions.Regex DayOrdinal();

    /// <summary>
    /// The free mention nearest the verb, with any coordinated with it ("Ruritanian and Bordurian officials", "X and
    /// Senator Y said").
    /// </summary>
    private static List<string> Closest(Line line, List<Mention> free, int stretchStart)
    {
        if (free.Count == 0)
            return [];
        // "X's minister Y said": the possessor only counts when nothing follows it.
        var candidates = free.Where((m, i) => !m.Possessive || i == free.Count - 1).ToList();
        var last = candidates[^1];
        return Joined(line, last, candidates, stretchStart).Concat(candidates.Where(m => m.Start == last.Start && m.End == last.End).Select(m => m.Actor)).Distinct().ToList();
    }

    /// <summary>
    /// The names joined to <paramref name="last"/> by "and" before it ("X and Y", "X and Senator Y"), first first, when
    /// they open the clause ("Now that X is Azerbaijani and Y is ..." joins no subjects).
    /// </summary>
    private static IEnumerable<string> Joined(Line line, Mention last, IEnumerable<Mention> candidates, int stretchStart)
    {
        var joined = new List<Mention>();
        for (var current = last; candidates.LastOrDefault(m => m.End <= current.Start && !m.Possessive) is { } before
            && AndTitle().IsMatch(line.Text.AsSpan(before.End, current.Start - before.End)); current = before)
            joined.Insert(0, before);
        var opens = joined.Count > 0 && line.Words.Where(w => w.Start >= stretchStart && w.End <= joined[0].Start)
            .All(w => w.IsCapitalized || w.Lower is "the" or "both" or "of" || Counts.Contains(w.Text));
        return opens ? joined.Select(m => m.Actor) : [];
    }

    /// <summary>What may stand between names joined by "and" or "as well as": the words and a title ("and Senator", "as well as the").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:and|as well as)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,2}$")]
    private static partial System.Text.RegularExpressions.Regex AndTitle();

    private static (string Word, int Start)? Pronoun(Line line, int start, int end)
    {
        var word = line.Words.FirstOrDefault(w => w.Start >= start && w.End <= end && w.Text is "he" or "He" or "she" or "She" or "it" or "It" or "they" or "They");
        return word.Text is null ? null : (word.Text, word.Start);
    }

    private static int WordsBetween(Line line, int from, int to) => line.Words.Count(w => w.Start >= from && w.End <= to);
}
