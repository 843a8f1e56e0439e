using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// A figure a text gives, read as the range of values it allows: "more than 20%" is above 20 in a hundred, "between
/// 400 and 1,000 tankers" is 400 to 1,000, "nearly nine in ten" is a little under 90 in a hundred. It carries the
/// words it counts ("tankers"), so that a claim's figure is held only against a figure of the same thing.
/// </summary>
internal sealed record Figure(double Low, double High, bool LowOpen, bool HighOpen, bool Share, bool Near, IReadOnlySet<string> Counted)
{
    /// <summary>The stems of the words the figure is written in ("more", "quarter"), which say nothing of what it counts.</summary>
    public IReadOnlySet<string> Own { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The stems of the content words just before the figure ("independent" of "independent for 21 years"): what it is said of.</summary>
    public IReadOnlySet<string> Before { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The stems of a claim's other words ("stake" of "is the stake more than two thirds?"): a share counting nothing
    /// after it is of what the claim names elsewhere, so a share the text gives of one of those ("a 68 percent stake") is of the same thing.
    /// </summary>
    public IReadOnlySet<string> Of { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether the figure is a span of time, held in days (<see cref="Vocabulary.DurationDays"/>), whatever unit it is written in.</summary>
    public bool Duration { get; init; }

    /// <summary>
    /// Whether no value both figures allow exists: "under 400" and "between 400 and 1,000". A claim's plain figure
    /// meeting the other's bound ("40 boats" of "more than 40 boats") is loosely put, not gainsaid: only this figure's
    /// own bound excludes the value they share.
    /// </summary>
    public bool Excludes(Figure other) =>
        High < other.Low || (High == other.Low && HighOpen) || other.High < Low || (other.High == Low && LowOpen);

    /// <summary>Whether every value the other allows, this allows too: "fewer than 6m" holds "fewer than 6m" and "5m".</summary>
    public bool Holds(Figure other) =>
        (other.Low > Low || (other.Low == Low && (!LowOpen || other.LowOpen)))
        && (other.High < High || (other.High == High && (!HighOpen || other.HighOpen)));

    /// <summary>
    /// Whether both are shares of nothing named ("fell by nearly 20% between 2018 and 2022", "shrank by almost a
    /// fifth"): a share said without its whole is of what the words before it name, which the sentence must say anyway.
    /// </summary>
    private bool CountsNothing(Figure said) => Share && Counted.Count == 0 && said.Counted.Count == 0;

    /// <summary>Whether this share counts nothing and the other counts a word of the claim's (<see cref="Of"/>).</summary>
    private bool OfClaimsWords(Figure said) => Share && Counted.Count == 0 && said.Counted.Any(Of.Contains);

    private bool Allows(double value) =>
        (value > Low || (value == Low && !LowOpen)) && (value < High || (value == High && !HighOpen));

    /// <summary>Whether a figure the text gives is of the same kind as the claim's and counts the same thing (see <see cref="Bears"/>).</summary>
    public bool SameThing(Figure said, int sameWords = 1, CountsWord? counts = null)
    {
        counts ??= static (word, counted) => counted.Contains(word);
        // Spans of time are of the same thing in any unit ("a month" of "30 days").
        return said.Share == Share && said.Duration == Duration
            && (Counted.Count(w => counts(w, said.Counted) || (Duration && Vocabulary.DurationDays.ContainsKey(w))) >= sameWords || CountsNothing(said) || OfClaimsWords(said));
    }

    /// <summary>
    /// Whether a figure the text gives bears the claim's out (true), gainsays it (false), or neither: a figure of
    /// another kind (a share against a count) or of another thing (fewer than <paramref name="sameWords"/> of the words
    /// it counts) says nothing of it. A claim that is only near a
    /// value ("nearly nine in ten") is borne out by a bound at a value it allows ("over 89%").
    /// </summary>
    public bool? Bears(Figure said, int sameWords = 1, CountsWord? counts = null)
    {
        if (!SameThing(said, sameWords, counts))
            return null;
        if (Excludes(said))
            return false;
        return Holds(said) || (Near && (Allows(said.Low) || Allows(said.High))) ? true : null;
    }
}

/// <summary>Whether a figure's counted words (<see cref="Figure.Counted"/>) say the claim's word, in it or in other words ("soldiers" of "troops").</summary>
internal delegate bool CountsWord(string word, IReadOnlySet<string> counted);

/// <summary>Reads the figures of a text (see <see cref="Figure"/>); years and days of a month are no figures.</summary>
internal static partial class Figures
{
    /// <summary>
    /// Whether the figures of a text bear out a claim's figure: yes when one of the same thing does, no when every one
    /// of the same thing gainsays it, nothing when none is of the same thing or they disagree among themselves.
    /// </summary>
    public static bool? Bear(Figure claim, IEnumerable<Figure> said, int sameWords = 1, CountsWord? counts = null)
    {
        var all = said.Select(f => (Figure: f, Verdict: claim.Bears(f, sameWords, counts))).ToList();
        var judged = all.Where(p => p.Verdict is not null).ToList();
        if (judged.Count == 0)
            return null;
        // Of several figures of the same thing, the one said after the claim's own words decides: "independent for 21
        // years" answers "independent for more than 50 years?", whatever "the 600 years before that" allows.
        var (closest, verdict) = judged.MaxBy(p => SaidOfSame(claim, p.Figure));
        if (SaidOfSame(claim, closest) is > 0 and var shared && judged.Count(p => SaidOfSame(claim, p.Figure) == shared) == 1)
            return verdict;
        // A figure of the same thing that allows the claim's without bearing it out ("up to a year" of "one year?")
        // leaves it open, whatever another gainsays ("up to 14 days" for a first offence).
        var open = all.Any(p => p.Verdict is null && claim.SameThing(p.Figure, sameWords, counts));
        return judged.Any(p => p.Verdict == true) ? true : judged.All(p => p.Verdict == false) && !open ? false : null;
    }

    /// <summary>
    /// A sentence may count the same thing in other words: a synonym ("soldiers" of "troops"), or a general one when it
    /// names the thing in one word ("10% of its territory" of "a quarter of its land"). Of several words, a general
    /// synonym may be one that only describes the thing ("19 armoured personnel-carriers" are no tanks).
    /// </summary>
    public static CountsWord InOtherWords(KnowledgeIndex index) => (word, counted) => counted is ICollection<string> stems
        && (index.Covers(stems, word) || (stems.Count == 1 && index.CoversLoosely(stems, word)));

    private static int SaidOfSame(Figure claim, Figure said) => said.Before.Count(claim.Before.Contains);

    /// <summary>How many words before a figure say what it is said of.</summary>
    private const int WordsBefore = 3;

    /// <summary>
    /// The figures a text gives. A claim with a figure reads those of every sentence, so each text's are remembered
    /// (figures are immutable, and shared).
    /// </summary>
    public static IReadOnlyList<Figure> In(string text) => Remembered.GetOrAdd(text, static (t, _) => FiguresIn(t), false);

    private static readonly TextMemo<Figure[]> Remembered = new(maxEntries: TextMemo.WorkingSet, maxTextLength: 1000);

    private static Figure[] FiguresIn(string text)
    {
        // A clock time ("at 5:00 p.m.") says when, not how many.
        var clean = NumberForms.WithoutClockTimes(TextNormalizer.Clean(text).ToLowerInvariant());
        var figures = new List<Figure>();
        foreach (Match m in Pattern.Matches(clean))
        {
            if (Read(clean, m) is { } figure)
                figures.Add(figure with
                {
                    Own = Tokenizer.Tokens(m.Value).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal),
                    Before = Tokenizer.Tokens(clean[..m.Index]).TakeLast(WordsBefore).Where(w => !Vocabulary.Stopwords.Contains(w))
                        .Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal),
                });
        }
        return [.. figures];
    }

    private static Figure? Read(string text, Match m)
    {
        var number = m.Groups["num"].Value;
        var share = m.Groups["pct"].Success;
        double value;
        if (m.Groups["frac"].Success)
            (value, share) = (Vocabulary.Fractions[m.Groups["frac"].Value], true);
        else if (Value(number, m.Groups["mul"].Value) is { } read && !IsDate(text, m, number))
            value = read;
        else
            return null;
        // "nine in ten" and "one out of five" are shares; "five in 2020" is no share, so "in" takes only a round whole.
        if (m.Groups["den"].Success && Value(m.Groups["den"].Value, m.Groups["denmul"].Value) is { } whole && whole >= value && whole > 0
            && (!m.Groups["per"].Success || RoundWholes.Contains(whole) || !char.IsAsciiDigit(m.Groups["den"].Value[0])))
            (value, share) = (100 * value / whole, true);
        var counted = Counted(text[(m.Index + m.Length)..]);
        var bound = m.Groups["bound"].Value;
        var figure = Bounded(m, bound, text, value, share, counted);
        return figure is not null && DurationUnit(text[(m.Index + m.Length)..]) is { } unit ? InDays(figure, unit) : figure;
    }

    /// <summary>The unit of time a figure counts ("30 days", "20-30 days"), if it counts one: its first word after any numbers.</summary>
    private static (double Low, double High)? DurationUnit(string after) =>
        Tokenizer.Tokens(after).SkipWhile(w => w.AnyChar(char.IsDigit)).FirstOrDefault() is { } word && Vocabulary.DurationDays.TryGetValue(Stemmer.Stem(word), out var days)
            ? days : null;

    /// <summary>A span of time in days: the least its low end may last, the most its high end may ("two months" is 56 to 62 days).</summary>
    private static Figure InDays(Figure figure, (double Low, double High) days) => figure with
    {
        Low = figure.Low * days.Low,
        High = double.IsPositiveInfinity(figure.High) ? figure.High : figure.High * days.High,
        Duration = true,
    };

    private static Figure? Bounded(Match m, string bound, string text, double value, bool share, HashSet<string> counted)
    {
        // "handed over 10%", "went under 400": the verb's particle, not a bound; "executed over 1,000" bounds the number.
        if (bound is "over" or "under" && Tokenizer.Tokens(text[..m.Index]).LastOrDefault() is { } verb && (ParticleVerbs.Contains(verb) || (verb.EndsWith("ed", StringComparison.Ordinal) && ParticleVerbs.Contains(verb[..^2]))))
            bound = "";
        // "the top 10 firms" ranks them; only a verb ("rates top 16%") puts an amount above the figure.
        if (bound == "top" && Tokenizer.Tokens(text[..m.Index]).LastOrDefault() is var word && (word is null || Vocabulary.Stopwords.Contains(word)))
            bound = "";
        if (m.Groups["low"].Success)
            return Value(m.Groups["low"].Value, m.Groups["lowmul"].Success ? m.Groups["lowmul"].Value : m.Groups["mul"].Value) is { } low && low <= value
                ? new Figure(low, value, false, false, share, false, counted) : null;
        return bound switch
        {
            _ when Vocabulary.AboveBounds.Contains(bound) || Vocabulary.AboveVerbs.Contains(bound) => new Figure(value, double.PositiveInfinity, true, false, share, false, counted),
            _ when Vocabulary.BelowBounds.Contains(bound) => new Figure(0, value, false, true, share, false, counted),
            _ when Vocabulary.AtLeastBounds.Contains(bound) => new Figure(value, double.PositiveInfinity, false, false, share, false, counted),
            _ when Vocabulary.AtMostBounds.Contains(bound) => new Figure(0, value, false, false, share, false, counted),
            _ when Vocabulary.AroundBounds.Contains(bound) => new Figure(value * (1 - Nearness), value * (1 + Nearness), false, false, share, true, counted),
            _ when Vocabulary.ShortOfBounds.Contains(bound) => new Figure(value * (1 - Nearness), value, false, false, share, true, counted),
            _ => new Figure(value, value, false, false, share, false, counted),
        };
    }

    private static readonly HashSet<string> ParticleVerbs = new(StringComparer.Ordinal)
    {
        "hand", "hands", "take", "takes", "took", "taken", "turn", "turns", "give", "gives", "gave", "go", "goes", "went", "come", "came", "fall", "fell", "hold", "holds", "held",
        "pass", "sign", "roll", "spill", "carried",
    };

    private static readonly HashSet<double> RoundWholes = [10, 100, 1000];

    /// <summary>How far from its value a figure said to be about it ("some 400") may lie, as a part of it.</summary>
    private const double Nearness = 0.1;

    /// <summary>How many words after a figure say what it counts ("soldiers are professionals", "of its territory").</summary>
    private const int CountedWords = 5;

    /// <summary>Words between a figure and what it counts: "10% of its territory", "6,500 soldiers are professionals".</summary>
    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal)
    {
        "of", "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "that", "which", "who", "are", "is", "were",
        "was", "be", "been", "have", "has", "had", "and", "or", "per", "percent", "cent",
    };

    /// <summary>
    /// Prepositions after what a figure counts, which go on to where, when or how ("500 troops at the start of the
    /// invasion", "40 ships in the Baltic"): what follows them is not what is counted.
    /// </summary>
    private static readonly HashSet<string> PhraseStarts = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "to", "for", "from", "by", "with", "into", "across", "after", "before", "within", "through", "against", "near",
    };

    /// <summary>
    /// The stems of the first words after a figure, within its clause, that say what it counts; a span of time after it
    /// ("between 2018 and 2022", "since May") says when, not what, and a phrase after a preposition (<see cref="PhraseStarts"/>) where or how.
    /// </summary>
    private static HashSet<string> Counted(string after)
    {
        var clause = ClauseEnd().Match(after) is { Success: true } end ? after[..end.Index] : after;
        return [.. Tokenizer.Tokens(clause).TakeWhile(w => !Vocabulary.TimeSpanWords.Contains(w) && !PhraseStarts.Contains(w)).Where(w => !Linking.Contains(w) && !w.AnyChar(char.IsDigit) && Array.IndexOf(Vocabulary.NumberWords, w) < 0)
            .Take(CountedWords).Select(Stemmer.Stem)];
    }

    /// <summary>A number as written ("6,500", "0.55", "6m", "twenty five", "two") times its multiplier word ("million"), if it is one.</summary>
    private static double? Value(string number, string multiplier)
    {
        double value;
        if (number.Length > 0 && char.IsAsciiDigit(number[0]))
        {
            var scale = number.EndsWith("bn", StringComparison.Ordinal) ? 1e9 : number.EndsWith('m') ? 1e6 : number.EndsWith('k') ? 1e3 : 1;
            if (!double.TryParse(number.TrimEnd('m', 'b', 'n', 'k').Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                return null;
            value *= scale;
        }
        else if (number == "half a")
            value = 0.5;
        else
        {
            value = 0;
            foreach (var word in number.Split(' ', '-'))
                value += word == "a" ? 1 : Array.IndexOf(Vocabulary.NumberWords, word) is var small and >= 0 ? small : Vocabulary.LargerNumberWords.GetValueOrDefault(word);
        }
        // "two hundred thousand": each multiplier scales what comes before it.
        foreach (var word in multiplier.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            value *= Vocabulary.Multipliers.GetValueOrDefault(word, 1);
        return value;
    }

    /// <summary>
    /// Whether the number is a year ("in 1944") or a day of a month ("May 9"), or a "one" that counts nothing
    /// ("one of them", "no one").
    /// </summary>
    private static bool IsDate(string text, Match m, string number)
    {
        var before = Tokenizer.Tokens(text[..m.Index]).LastOrDefault() ?? "";
        var after = Tokenizer.Tokens(text[(m.Index + m.Length)..]).FirstOrDefault() ?? "";
        // "one of them" counts nothing; "one percent of GDP" is a share.
        if (number == "one")
            return !m.Groups["pct"].Success && !m.Groups["mul"].Success && !m.Groups["den"].Success && after is "of" or "another" or "way" or "side" || before is "the" or "this" or "that" or "which" or "no" or "any" or "every" or "some";
        var year = number.Length == 4 && number.AllChars(char.IsAsciiDigit) && int.Parse(number, CultureInfo.InvariantCulture) is >= 1800 and <= 2100
            && !m.Groups["pct"].Success && !m.Groups["mul"].Success;
        return year || Vocabulary.MonthNames.ContainsKey(before) || Vocabulary.MonthNames.ContainsKey(after);
    }

    private static readonly string Spelled = string.Join('|', Vocabulary.NumberWords.Skip(1).Concat(Vocabulary.LargerNumberWords.Keys).OrderByDescending(w => w.Length));

    /// <summary>
    /// A number in digits (a decimal, thousands with commas, a run-on scale) or in words, not part of a longer figure
    /// ("1,300km"); "a" before a multiplier is one of it ("a thousand").
    /// </summary>
    private static readonly string Number = $@"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:bn|m|k)?(?![\w]|[.,]\d)|\b(?:{Spelled})(?:[ -](?:{Spelled}))?\b|\ba(?=\s+(?:hundred|thousand|million|billion|day|week|month|year|decade)\b)";

    private static string Alternatives(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    private static readonly Regex Pattern = new(
        $@"(?<![\w.,])(?:(?<bound>{Alternatives(Vocabulary.AboveBounds.Concat(Vocabulary.AboveVerbs).Concat(Vocabulary.BelowBounds).Concat(Vocabulary.AtLeastBounds).Concat(Vocabulary.AtMostBounds).Concat(Vocabulary.AroundBounds).Concat(Vocabulary.ShortOfBounds))})\s+)?"
        + $@"(?:between\s+(?<low>{Number})(?<lowmul>\s+(?:hundred|thousand|million|billion)\b)?\s+and\s+(?<num>{Number})|\b(?<num>half a)(?=\s+(?:million|billion)\b)|\b(?<frac>{Alternatives(Vocabulary.Fractions.Keys)})\b|(?<num>{Number}))"
        + $@"(?<mul>(?:\s+(?:hundred|thousand|million|billion)\b){{1,2}})?"
        + $@"(?:(?<pct>\s?%|\s+per\s?cent\b)|\s+(?:(?<per>in)|out\s+of)\s+(?<den>{Number})(?<denmul>\s+(?:hundred|thousand|million|billion)\b)?)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"[,;:.?!()""“”]")]
    private static partial Regex ClauseEnd();
}
