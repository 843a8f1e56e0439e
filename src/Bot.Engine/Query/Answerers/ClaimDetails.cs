using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// The details a yes/no claim gives beside its gist, checked against the sentence a "yes" cites, whichever way that
/// sentence was found: its year ("in 2016" of "in 2012 when ..."), a figure with what it counts ("up to 15 years" of "up
/// to ten years"), the place a deed was done in ("held in A" of "which will be held ... in the city of B"), and the word
/// telling one named thing of a kind from another ("the Eastern Harbour Board" of "the Western Harbour Board").
/// A sentence that gives another is a "no" in the article's own words.
/// </summary>
internal static partial class ClaimDetails
{
    /// <summary>What the cited text gives in place of the claim's detail, with the claim's own, or null when it gives no other.</summary>
    public static (string Article, string Claim)? Other(string claim, string cited) =>
        OtherYear(claim, cited) ?? OtherFigure(claim, cited) ?? OtherPlace(claim, cited) ?? OtherModifier(claim, cited);

    /// <summary>
    /// A "yes" whose cited text gives another detail than the claim, turned into a "no" that names both; the reply as it
    /// was otherwise.
    /// </summary>
    public static Reply Checked(Turn t, Reply reply)
    {
        if (reply.Answer.Status != AnswerStatus.Answered || YesOpening().Match(reply.Answer.Text) is not { Success: true } yes)
            return reply;
        var cited = reply.Answer.Text[yes.Length..];
        return (Other(t.Q.Text, cited) ?? OtherActor(t, cited)) is { } other
            ? reply with { Answer = reply.Answer with { Text = $"No. The article says {other.Article}, not {other.Claim}: {cited}" } }
            : reply;
    }

    [GeneratedRegex(@"^Yes(, [a-z ]+)?[.:] ")]
    private static partial Regex YesOpening();

    private static (string, string)? OtherYear(string claim, string cited)
    {
        var asked = Years(claim);
        if (asked.Count == 0 || Tokenizer.Tokens(claim).Any(Vocabulary.YearBounds.Contains))
            return null;
        var given = Years(cited);
        return given.Count > 0 && !asked.Any(a => given.Any(g => SameTime(a, g)))
            ? (given[0].Text, asked[0].Text) : null;
    }

    /// <summary>A year, or a decade ("the 1920s"), and how the text writes it.</summary>
    private sealed record Year(int Value, bool Decade, string Text);

    private static List<Year> Years(string text) =>
        [.. YearPattern().Matches(text).Select(m => new Year(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Success, m.Value))];

    /// <summary>Whether two years meet: the same year, or a year within a decade named.</summary>
    private static bool SameTime(Year a, Year b) => a.Decade || b.Decade ? a.Value / 10 == b.Value / 10 : a.Value == b.Value;

    [GeneratedRegex(@"\b(1[6-9]\d0|1[6-9]\d\d|20\d\d)(s)?\b(?![,.]\d)")]
    private static partial Regex YearPattern();

    private static (string, string)? OtherFigure(string claim, string cited)
    {
        var given = Figures(cited);
        var numbers = given.Select(g => g.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var asked in Figures(claim))
        {
            // "more than 20 years" of "21 years", "about 500 ships" of "480": a bound or a round figure allows another.
            if (Vocabulary.FigureBounds.Contains(asked.Before))
                continue;
            if (!numbers.Contains(asked.Value) && !AmountCheck.Numbers(cited).Contains(asked.Value)
                && given.FirstOrDefault(g => g.Unit == asked.Unit) is { } other)
                return (other.Text, asked.Text);
        }
        return null;
    }

    /// <summary>A figure, what it counts (the word after it, as a stem), how the text writes them, and the word before it.</summary>
    private sealed record Figure(string Value, string Unit, string Text, string Before);

    private static List<Figure> Figures(string text)
    {
        var figures = new List<Figure>();
        foreach (Match m in FigurePattern().Matches(text))
        {
            var number = m.Groups[1].Value.ToLowerInvariant();
            var unit = m.Groups[3].Value.ToLowerInvariant();
            if (Vocabulary.Stopwords.Contains(unit) || YearPattern().IsMatch(number) && !m.Groups[2].Success)
                continue;
            var value = Array.IndexOf(Vocabulary.NumberWords, number) is var small and >= 0 ? small
                : Vocabulary.LargerNumberWords.TryGetValue(number, out var larger) ? larger
                : decimal.TryParse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var digits) ? digits : -1;
            if (value < 0)
                continue;
            var times = m.Groups[2].Success ? Vocabulary.Multipliers[m.Groups[2].Value.ToLowerInvariant()] : 1;
            var before = Tokenizer.Tokens(text[..m.Index]) is { Count: > 0 } earlier ? earlier[^1] : "";
            figures.Add(new Figure((value * times).ToString(CultureInfo.InvariantCulture), Stemmer.Stem(unit), m.Value, before));
        }
        return figures;
    }

    // Minutes are no figure of their own: "6:00 p.m." gives the hour.
    [GeneratedRegex(@"(?<!\d:)\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+(hundred|thousand|million|billion))?\s+([A-Za-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FigurePattern();

    /// <summary>
    /// "was it held in Dorvik?" of "which will be held on 18-19 November, in the city of Marovo": the claim's verb in
    /// the cited text, placed in the same clause somewhere the claim does not name.
    /// </summary>
    private static (string, string)? OtherPlace(string claim, string cited)
    {
        foreach (Match asked in ClaimPlace().Matches(claim))
        {
            var (verb, place) = (Stemmer.Stem(asked.Groups[1].Value.ToLowerInvariant()), asked.Groups[3].Value);
            // "in Varnia's capital" places it in what follows the name, which the article may name otherwise.
            if (Vocabulary.Stopwords.Contains(asked.Groups[1].Value.ToLowerInvariant()) || Vocabulary.MonthNames.ContainsKey(place.ToLowerInvariant())
                || Possessive().IsMatch(place))
                continue;
            // Where the claim's verb comes more than once ("the meeting in A, ... a second meeting in B"), one placing it
            // where the claim does bears it out.
            var clauses = Word().Matches(cited).Where(w => Stemmer.Stem(w.Value.ToLowerInvariant()) == verb)
                .Select(w => ClauseEnd().Match(cited, w.Index + w.Length) is { Success: true } end ? cited[(w.Index + w.Length)..end.Index] : cited[(w.Index + w.Length)..])
                .ToList();
            if (clauses.Any(c => Tokenizer.Tokens(place).Any(Tokenizer.Tokens(c).Contains)))
                continue;
            foreach (var clause in clauses)
            {
                if (PlacedIn().Match(clause) is { Success: true } given && Tokenizer.Tokens(clause[..given.Index]).Count <= MaxWordsToPlace
                    && !given.Value.Split(' ').Where(w => char.IsUpper(w[0])).All(w => Vocabulary.MonthNames.ContainsKey(w.ToLowerInvariant())))
                    return (given.Value, $"{asked.Groups[2].Value} {place}");
            }
        }
        return null;
    }

    /// <summary>How many words may stand between the claim's verb and the place the cited text gives it ("held on 18-19 November 2025, in").</summary>
    private const int MaxWordsToPlace = 8;

    /// <summary>A verb, "in" or "at", and a name: "held in Dorvik".</summary>
    [GeneratedRegex(@"\b([A-Za-z]+) (in|at) (?:the )?([A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)*)")]
    private static partial Regex ClaimPlace();

    /// <summary>"in" or "at" and the words of a place, to its last name before a comma: "in the northern Varnian city of Marovo".</summary>
    [GeneratedRegex(@"\b(?:in|at) (?:[\p{L}'-]+ ){0,6}[A-Z][\p{L}'-]+")]
    private static partial Regex PlacedIn();

    [GeneratedRegex(@"['\u2019]s?$")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[;:.!?]")]
    private static partial Regex ClauseEnd();

    /// <summary>
    /// "on treason charges" of "on embezzlement charges", "the Eastern Harbour Board" of "the Western Harbour Board":
    /// the same words either side and another between, which the cited text never says, is another of the kind.
    /// </summary>
    private static (string, string)? OtherModifier(string claim, string cited)
    {
        var asked = Tokenizer.Tokens(claim, lowercase: false);
        var given = Tokenizer.Tokens(cited, lowercase: false);
        var givenStems = given.Select(w => Stemmer.Stem(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        var askedStems = asked.Select(w => Stemmer.Stem(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        for (var i = 1; i + 1 < asked.Count; i++)
        {
            var word = asked[i].ToLowerInvariant();
            if (!Vocabulary.BeforeModifier.Contains(asked[i - 1].ToLowerInvariant()) || !Modifies(word) || givenStems.Contains(Stemmer.Stem(word)) || !Heads(asked[i + 1]))
                continue;
            for (var j = 1; j + 1 < given.Count; j++)
            {
                var other = given[j].ToLowerInvariant();
                if (Same(given[j - 1], asked[i - 1]) && Same(given[j + 1], asked[i + 1]) && Modifies(other) && !askedStems.Contains(Stemmer.Stem(other))
                    && char.IsUpper(given[j][0]) == char.IsUpper(asked[i][0]) && !Kindred(word, other))
                {
                    var length = 1;
                    while (i + 1 + length < asked.Count && j + 1 + length < given.Count && Same(asked[i + 1 + length], given[j + 1 + length]))
                        length++;
                    return (string.Join(' ', given.Skip(j).Take(length + 1)), string.Join(' ', asked.Skip(i).Take(length + 1)));
                }
            }
        }
        return null;
    }

    /// <summary>How many letters two words must open with alike to be one word's forms ("gold", "golden"; "North", "Northern").</summary>
    private const int KindredOpening = 4;

    private static bool Kindred(string a, string b) =>
        a.Length >= KindredOpening && b.Length >= KindredOpening && string.CompareOrdinal(a, 0, b, 0, KindredOpening) == 0;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a word may tell one of a kind from another: a content word that is no figure and no relative word.</summary>
    private static bool Modifies(string word) => word.Length > 2 && !word.AnyChar(char.IsDigit) && !Vocabulary.Stopwords.Contains(word)
        && !Vocabulary.RelativeModifiers.Contains(word) && !Vocabulary.Negations.Contains(word) && Array.IndexOf(Vocabulary.NumberWords, word) < 0;

    /// <summary>Whether a word may be what a modifier describes: a content word.</summary>
    private static bool Heads(string word) => word.Length > 2 && !Vocabulary.Stopwords.Contains(word.ToLowerInvariant());
}
