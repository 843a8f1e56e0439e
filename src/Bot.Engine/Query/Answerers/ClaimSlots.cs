using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// A claim read as slots that names and numbers fill, each held in place by the words beside it: "opened in [Ruritania]",
/// "[three] times", "buyers like [Ruritania and Borduria]". A text saying the rest of the claim that leaves a slot's own
/// name or number out, and puts another name or number beside the same words, fills the slot otherwise: it gainsays the
/// claim, whatever else it shares with it.
/// </summary>
internal static partial class ClaimSlots
{
    internal enum UnitKind { Name, Number, Office }

    /// <summary>A name or number among a text's tokens: where it stands, its entity when one is linked, and how it reads.</summary>
    internal sealed record Unit(int Start, int End, UnitKind Kind, string? Id, string Key);

    /// <summary>A slot of the claim: names or numbers joined by "and"/"or", and the claim's words around it that hold it in place.</summary>
    /// <summary>
    /// <see cref="Counted"/> is the stem right after a number of the slot: what it counts ("bridges"). A slot that is
    /// <see cref="Open"/> is one the text may fill otherwise without gainsaying the claim: its subject, a bounded number.
    /// </summary>
    /// <remarks>
    /// <see cref="Head"/> is the last word of a name of several words that no entity is linked to ("the Nobel Peace
    /// [Prize]", "the Minsk Tractor [Factory]"): the kind of thing the name is, which anchors the slot as the words
    /// beside it do, since another of that kind ("the Sakharov Prize") stands where the claim's name would.
    /// </remarks>
    internal sealed record Slot(IReadOnlyList<Unit> Units, IReadOnlySet<string> Anchors, string? Counted, bool Open, string? Head = null);

    /// <summary>What a text says in a claim's slot instead: the slot, and the text's name or number there.</summary>
    internal sealed record Refill(Slot Slot, Unit Other);

    /// <summary>
    /// The names (linked, or capitalised where no sentence starts), numbers and offices among case-kept tokens. Dates are left to
    /// the date checks: a year or a month is no slot filler here.
    /// </summary>
    public static List<Unit> Units(IReadOnlyList<string> tokens, IReadOnlyList<Mention> mentions, IReadOnlySet<string> namesAsTyped, Func<Mention, bool> isName)
    {
        var units = new List<Unit>();
        var taken = new bool[tokens.Count];
        foreach (var m in mentions.Where(m => m.Pronoun is null && m.Candidates.Count > 0 && m.Start + m.Length <= tokens.Count && isName(m)))
        {
            units.Add(new Unit(m.Start, m.Start + m.Length, UnitKind.Name, m.Candidates[0], Join(tokens, m.Start, m.Start + m.Length)));
            for (var k = m.Start; k < m.Start + m.Length; k++)
                taken[k] = true;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i])
                continue;
            // "signed by Georgia's president": an office in the claim's slot, which another office there fills otherwise.
            if (tokens[i].ToLowerInvariant() is var lower && Vocabulary.OfficeTitles.Contains(lower))
                units.Add(new Unit(i, i + 1, UnitKind.Office, null, lower));
            else if (NumberOf(tokens, i) is { } model && IsDesignation(tokens, i))
            {
                // "the KV-90", "a ZR-7": a model's number is part of its name, not a count; the prefix, if no unit yet, joins it.
                var start = i > 0 && !taken[i - 1] && !units.Exists(u => u.End == i) ? i - 1 : i;
                units.Add(new Unit(start, i + 1, UnitKind.Name, null, model));
            }
            else if (NumberOf(tokens, i) is { } value)
            {
                // "31,680" is one number, split by its comma; so is "5:00", whose minutes add nothing to the hour.
                var end = i + 1;
                while (tokens[end - 1].AllChars(char.IsDigit) && Thousands(tokens, end - 1))
                    end++;
                if (end < tokens.Count && IsZeroMinutes(tokens[end]))
                    end++;
                units.Add(new Unit(i, end, UnitKind.Number, null, value + string.Concat(tokens.Skip(i + 1).Take(end - i - 1).Where(k => !IsZeroMinutes(k)))));
                i = end - 1;
            }
            else if (IsName(tokens, i, namesAsTyped))
            {
                var end = i + 1;
                while (end < tokens.Count && !taken[end] && IsName(tokens, end, namesAsTyped))
                    end++;
                units.Add(new Unit(i, end, UnitKind.Name, null, Join(tokens, i, end)));
                i = end - 1;
            }
        }
        units.Sort((a, b) => a.Start.CompareTo(b.Start));
        // "the Minsk Tractor Factory": a linked place and the capitalised words after it are one name.
        var merged = new List<Unit>(units.Count);
        foreach (var unit in units)
        {
            if (merged.Count > 0 && merged[^1] is { Kind: UnitKind.Name } last && unit.Kind == UnitKind.Name && last.End == unit.Start)
                merged[^1] = last with { End = unit.End, Id = null };
            else
                merged.Add(unit);
        }
        // "President Roe": a title before a name only says who the name is; the name is what fills the slot.
        merged.RemoveAll(u => u.Kind == UnitKind.Office && merged.Exists(n => n.Kind == UnitKind.Name && n.Start == u.End));
        // "the speaker of Ruritania's parliament": an office reaches over the body it is of, whose words stand beside the slot's.
        for (var k = 0; k < merged.Count; k++)
        {
            if (merged[k] is { Kind: UnitKind.Office } office && office.End < tokens.Count && tokens[office.End].Equals("of", StringComparison.OrdinalIgnoreCase)
                && merged.Find(n => n.Kind == UnitKind.Name && n.Start - office.End is >= 1 and <= OfBodyGap) is { } body)
                merged[k] = office with { End = body.End };
        }
        return merged.ConvertAll(u => u.Id is null && u.Kind == UnitKind.Name ? u with { Key = Join(tokens, u.Start, u.End) } : u);
    }

    /// <summary>
    /// The claim's slots: its units, those joined by "and" or "or" taken together, each with the claim's words within
    /// <see cref="AnchorReach"/> of it that are claim content (<paramref name="content"/>) or another unit's entity.
    /// </summary>
    public static List<Slot> Slots(IReadOnlyList<string> tokens, IReadOnlyList<Unit> units, IReadOnlySet<string> content)
    {
        var groups = new List<List<Unit>>();
        foreach (var unit in units)
        {
            // "Ruritania and Borduria", and a ratio or a range: "nine in ten", "10 to 15".
            if (groups.Count > 0 && groups[^1][^1] is var last && last.Kind == unit.Kind && unit.Start == last.End + 1
                && (tokens[last.End].ToLowerInvariant() is "and" or "or" || unit.Kind == UnitKind.Number))
                groups[^1].Add(unit);
            else
                groups.Add([unit]);
        }
        // The claim's subject, named before any word it claims ("did Ruritania send troops?"), is no slot: that the
        // article has another do the same says nothing of whether it did too. Nor is a bounded number ("nearly 90"),
        // which another figure need not gainsay.
        var subject = groups.Count > 0 && groups[0][0].Kind != UnitKind.Number && !Enumerable.Range(0, groups[0][0].Start).Any(k => content.Contains(Text.Stemmer.Stem(tokens[k].ToLowerInvariant())));
        return groups.Select((group, i) =>
        {
            var open = (i == 0 && subject) || (group[0].Kind == UnitKind.Number && Bounded(tokens, group[0].Start));
            var (start, end) = (group[0].Start, group[^1].End);
            var anchors = new HashSet<string>(StringComparer.Ordinal);
            for (var k = Math.Max(0, start - AnchorReach); k < Math.Min(tokens.Count, end + AnchorReach); k++)
            {
                if (k >= start && k < end)
                    continue;
                // An office beside a slot anchors it as a word does ("the president's visit to [Ruritania]").
                if (units.FirstOrDefault(u => k >= u.Start && k < u.End) is { } other)
                    anchors.Add(other.Kind == UnitKind.Office ? Text.Stemmer.Stem(other.Key) : other.Id ?? other.Key);
                else if (Text.Stemmer.Stem(tokens[k].ToLowerInvariant()) is var stem && content.Contains(stem))
                    anchors.Add(stem);
            }
            var counted = group[^1].Kind == UnitKind.Number && end < tokens.Count ? Text.Stemmer.Stem(tokens[end].ToLowerInvariant()) : null;
            // An office ending a name ("Ruritania's president") is a slot of its own kind, no head.
            var head = group[^1] is { Kind: UnitKind.Name, Id: null } name && name.End - name.Start > 1 && tokens[name.End - 1].ToLowerInvariant() is var last
                && !Vocabulary.OfficeTitles.Contains(last) ? Text.Stemmer.Stem(last) : null;
            if (head is not null)
                anchors.Add(head);
            return new Slot(group, anchors, counted, open, head);
        }).ToList();
    }

    /// <summary>Whether words before the number bound it ("more than", "about", "up to").</summary>
    private static bool Bounded(IReadOnlyList<string> tokens, int at)
    {
        var before = " " + string.Join(' ', tokens.Skip(Math.Max(0, at - BoundWords)).Take(Math.Min(at, BoundWords))).ToLowerInvariant();
        return Bounds.Any(b => before.EndsWith(" " + b, StringComparison.Ordinal));
    }

    /// <summary>How many words a bound before a number may take ("no fewer than").</summary>
    private const int BoundWords = 3;

    private static readonly string[] Bounds = [.. Vocabulary.AboveBounds, .. Vocabulary.BelowBounds, .. Vocabulary.AtLeastBounds, .. Vocabulary.AtMostBounds,
        .. Vocabulary.AroundBounds, .. Vocabulary.ShortOfBounds];

    /// <summary>
    /// The first slot the text fills otherwise: none of the slot's names or numbers is in the text, and one of the text's
    /// of the same kind, which the claim does not give, stands within <see cref="FillerReach"/> of a word anchoring the
    /// slot. <paramref name="said"/> tells whether a claim unit is said in the text (or just before it, for names).
    /// <paramref name="anchoring"/> holds, slot by slot, every word that says one of the slot's anchors: the anchor
    /// itself or a word <paramref name="anchorsAt"/> takes for it (<see cref="AnchoringWordsOf"/>).
    /// </summary>
    public static Refill? Refilled(IReadOnlyList<Slot> slots, IReadOnlyList<IReadOnlySet<string>> anchoring, IReadOnlyList<string> textStems,
        IReadOnlyList<Unit> textUnits, Func<Unit, bool> said, Func<string, string, bool> anchorsAt, Func<Unit, Unit, bool> sameKind)
    {
        // Built only for a slot that gets as far as looking for another filler: most texts fill none.
        List<Unit>? claimed = null;
        for (var s = 0; s < slots.Count; s++)
        {
            var slot = slots[s];
            if (slot.Open || slot.Anchors.Count == 0 || slot.Units.Any(u => u.Kind != UnitKind.Number && said(u)))
                continue;
            var anchorAt = AnchorPositions(slot, anchoring[s], textStems, textUnits);
            bool Beside(Unit u) => anchorAt.Any(k => Math.Abs(k - u.Start) <= FillerReach || Math.Abs(k - (u.End - 1)) <= FillerReach);
            // A number is said where it counts what the claim's does: "two bridges" is not said by "the two countries".
            // "400 guards?" of "400 recruits": the same number beside the slot's words, counting nothing another slot counts, is the claim's.
            bool Counts(Unit u) => slot.Counted is not { } counted ? Beside(u) : CountsWord(textStems, u.End, w => anchorsAt(w, counted))
                || (Beside(u) && !CountsWord(textStems, u.End, w => slots.Any(o => o.Counted is { } c && c != counted && anchorsAt(w, c))));
            if (slot.Units.Any(c => textUnits.Any(u => Same(c, u) && (c.Kind != UnitKind.Number || Counts(u)))))
                continue;
            claimed ??= [.. slots.SelectMany(s => s.Units)];
            // A name the claim gives by its office ("Ruritania's president", linked to the one who holds it) is filled
            // otherwise by another office as well.
            bool Fills(Unit u) => u.Kind == slot.Units[0].Kind ? sameKind(slot.Units[0], u) : u.Kind == UnitKind.Office && OfficeIn(slot.Units[0]) is { } office && office != u.Key;
            // "29 drones and 396 missiles?" of "396 drones and 29 missiles": a number the claim gives for another thing, which
            // the text gives for this slot's, fills it otherwise.
            bool CountsOtherwise(Unit u) => slot.Counted is not null && u.Kind == UnitKind.Number && Counts(u);
            var other = textUnits.FirstOrDefault(u => Fills(u) && (!claimed.Any(c => Same(c, u)) || CountsOtherwise(u)) && Beside(u));
            if (other is not null)
                return new Refill(slot, other);
        }
        return null;
    }

    /// <summary>
    /// Whether a number ending before <paramref name="after"/> counts the word: it follows within
    /// <see cref="CountedModifiers"/> words ("396 attack drones"), with no other number between.
    /// </summary>
    private static bool CountsWord(IReadOnlyList<string> textStems, int after, Func<string, bool> isCounted)
    {
        for (var k = after; k < textStems.Count && k <= after + CountedModifiers; k++)
        {
            if (isCounted(textStems[k]))
                return true;
            if (textStems[k].Length > 0 && char.IsAsciiDigit(textStems[k][0]))
                return false;
        }
        return false;
    }

    /// <summary>
    /// Every word that says one of the slot's anchors: the anchor, or one <paramref name="synonyms"/> gives for it. Worked
    /// out once a claim, as a text's words are then each looked up once instead of against every anchor in turn.
    /// </summary>
    public static HashSet<string> AnchoringWordsOf(Slot slot, IReadOnlyDictionary<string, HashSet<string>> synonyms)
    {
        var words = new HashSet<string>(slot.Anchors, StringComparer.Ordinal);
        foreach (var anchor in slot.Anchors)
        {
            if (synonyms.TryGetValue(anchor, out var others))
                words.UnionWith(others);
        }
        return words;
    }

    /// <summary>Where the text says one of the slot's anchors: its words among <paramref name="anchoringWords"/>, and its names the slot is anchored by.</summary>
    private static List<int> AnchorPositions(Slot slot, IReadOnlySet<string> anchoringWords, IReadOnlyList<string> textStems, IReadOnlyList<Unit> textUnits)
    {
        // Loops rather than lambdas: this runs for every slot of every sentence a claim is checked against.
        var positions = new List<int>();
        for (var k = 0; k < textStems.Count; k++)
        {
            if (anchoringWords.Contains(textStems[k]))
                positions.Add(k);
        }
        foreach (var unit in textUnits)
        {
            if (unit.Id is not null && slot.Anchors.Contains(unit.Id))
                positions.Add(unit.Start);
        }
        return positions;
    }

    /// <summary>The office a unit names: an office's own word, or one among a name's words ("ruritania s president").</summary>
    private static string? OfficeIn(Unit unit) =>
        unit.Kind == UnitKind.Office ? unit.Key : unit.Kind == UnitKind.Name ? unit.Key.Split(' ').FirstOrDefault(Vocabulary.OfficeTitles.Contains) : null;

    /// <summary>How many tokens may stand between an office's "of" and the body's name ("of the", "of").</summary>
    private const int OfBodyGap = 2;

    /// <summary>Whether two units name or count the same thing.</summary>
    /// <remarks>
    /// A name holding another names the same one ("Minsk" in "the Minsk plant"), unless an office tells them apart:
    /// "Ruritania's president" is not "Ruritania".
    /// </remarks>
    public static bool Same(Unit a, Unit b) => a.Kind == b.Kind && ((a.Id is not null && a.Id == b.Id) || a.Key == b.Key
        || (a.Kind == UnitKind.Name && (a.Key.Contains(b.Key, StringComparison.Ordinal) || b.Key.Contains(a.Key, StringComparison.Ordinal))
            && OfficeIn(a) == OfficeIn(b))
        || (a.Kind == UnitKind.Name && (Abbreviates(a.Key, b.Key) || Abbreviates(b.Key, a.Key))));

    /// <summary>
    /// Whether a one-word name is the initials of a longer one: "the BSU" of "the Borduran Shipping Union", with or
    /// without the initials of its small words ("BoT" of "Bank of Tonga").
    /// </summary>
    private static bool Abbreviates(string initials, string name)
    {
        if (initials.Length < 2 || initials.Contains(' ', StringComparison.Ordinal) || !name.Contains(' ', StringComparison.Ordinal))
            return false;
        return AreInitials(initials, name, skipSmallWords: false) || AreInitials(initials, name, skipSmallWords: true);
    }

    /// <summary>Whether the letters are the first letters of the name's words, read in place as this runs for every pair of names.</summary>
    private static bool AreInitials(string initials, string name, bool skipSmallWords)
    {
        var count = 0;
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan(range);
            if (skipSmallWords && UninitialledWords.Contains(word))
                continue;
            if (count == initials.Length || initials[count] != word[0])
                return false;
            count++;
        }
        return count == initials.Length;
    }

    /// <summary>Small words a name's initials may leave out.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UninitialledWords =
        new HashSet<string>(StringComparer.Ordinal) { "of", "the", "and", "for" }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many tokens either side of a claim's slot its anchoring words may stand.</summary>
    private const int AnchorReach = 3;

    /// <summary>How many tokens from an anchoring word a text's other name or number may stand and still fill the slot.</summary>
    private const int FillerReach = 4;

    /// <summary>How many words may stand between a number and what it counts ("396 attack drones", "5,000 more troops").</summary>
    private const int CountedModifiers = 2;

    private static string Join(IReadOnlyList<string> tokens, int start, int end) => string.Join(' ', tokens.Skip(start).Take(end - start)).ToLowerInvariant();

    /// <summary>A word capitalised where no sentence starts, or a name the claim types in lowercase that is one all the same.</summary>
    private static bool IsName(IReadOnlyList<string> tokens, int i, IReadOnlySet<string> namesAsTyped)
    {
        var token = tokens[i];
        var lower = token.ToLowerInvariant();
        if (namesAsTyped.Contains(lower))
            return true;
        return i > 0 && token.Length > 1 && char.IsUpper(token[0]) && !NotNames.Contains(lower) && !Vocabulary.MonthNames.ContainsKey(lower);
    }

    /// <summary>Capitalised words that name no one: titles before a name, the first person, the days of the week.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "i", "the", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>
    /// The digits of a figure written with its scale or a plural run on ("75m" as "75 million" gives "75", "40k" as
    /// "40,000", "the ZR-7s" as "ZR-7"); other tokens as they are.
    /// </summary>
    private static string RunOnDigits(string token)
    {
        if (token.Length < 2 || !char.IsAsciiDigit(token[0]) || RunOnScale().Match(token) is not { Success: true } figure)
            return token;
        return figure.Groups[2].Value == "k" ? figure.Groups[1].Value + "000" : figure.Groups[1].Value;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d+)(s|m|mn|bn|tn|trn|k)$")]
    private static partial System.Text.RegularExpressions.Regex RunOnScale();

    /// <summary>
    /// Whether the number at <paramref name="i"/> names a model with the short capitalised prefix before it ("KV-90",
    /// "ZR-7", "VaK-12"): a prefix of a few letters all capitals, or with a capital inside. Not "A" or "I", which
    /// open a sentence ("A 40% rise").
    /// </summary>
    private static bool IsDesignation(IReadOnlyList<string> tokens, int i) =>
        i > 0 && tokens[i - 1] is { Length: > 0 and <= MaxDesignationPrefix } prefix && prefix is not ("A" or "I") && prefix.AllChars(char.IsLetter)
        && (prefix.AllChars(char.IsUpper) || prefix.AnyChar(char.IsUpper, from: 1));

    /// <summary>How many letters a model's prefix has at most ("MiG", "SS").</summary>
    private const int MaxDesignationPrefix = 4;

    /// <summary>
    /// Whether the digits after this token's are its thousands, as "40,000" splits into "40" and "000". A group of more
    /// than three digits starts no such number: "in 2020, 140 fishermen" gives a year and then a count.
    /// </summary>
    private static bool Thousands(IReadOnlyList<string> tokens, int i) =>
        tokens[i].Length <= ThousandsGroup && i + 1 < tokens.Count && tokens[i + 1].Length == ThousandsGroup && tokens[i + 1].AllChars(char.IsDigit);

    /// <summary>How many digits a group split off by a thousands comma has.</summary>
    private const int ThousandsGroup = 3;

    /// <summary>Whether a token is the "00" of a time on the hour ("5:00"), which counts nothing of its own.</summary>
    private static bool IsZeroMinutes(string token) => token == "00";

    /// <summary>
    /// The value of a number token: digits that are no year, a number word, or "once"/"twice"/"thrice". "one" counts only
    /// before a noun it could count ("one bridge"), not in "one of them" or "the one who".
    /// </summary>
    private static string? NumberOf(IReadOnlyList<string> tokens, int i)
    {
        var token = RunOnDigits(tokens[i].ToLowerInvariant());
        if (token.AllChars(char.IsDigit))
            return token.Length == 4 && !Thousands(tokens, i) && int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) is >= 1800 and <= 2100 ? null : token.TrimStart('0');
        if (token == "one" && (i + 1 >= tokens.Count || tokens[i + 1].ToLowerInvariant() is "of" or "who" or "that" or "another" or "which"))
            return null;
        var word = Array.IndexOf(Vocabulary.NumberWords, token);
        if (word > 0)
            return word.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return token switch
        {
            "once" => "1",
            "twice" => "2",
            "thrice" => "3",
            _ => Vocabulary.LargerNumberWords.TryGetValue(token, out var larger) ? larger.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }
}
