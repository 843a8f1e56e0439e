using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims that give amounts, or that the article reports only as attempted.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>A fact giving an amount speaks to a claim with one, the same amount most of all.</summary>
    private static double AmountBonus(List<string> asked, IndexedFact fact)
    {
        if (asked.Count == 0)
            return 0;
        var given = AmountCheck.Numbers(fact.Fact.Text);
        return given.Count == 0 ? 0 : asked.Any(given.Contains) ? 2 * RankingPolicy.AmountBonus : RankingPolicy.AmountBonus;
    }

    /// <summary>
    /// "has X ruled Y for 25 years?" of a fact about X and Y that gives no number, where another sentence says "X, who has
    /// ruled Y for the past quarter century": the sentence giving every amount of the claim, of what it counts, and half
    /// its words checks it instead.
    /// </summary>
    private static Reply? AmountElsewhere(Turn t, IndexedFact fact, List<string> asked)
    {
        var counted = AmountCheck.CountedInClaim(t.Q);
        var own = AnswererTable.OwnWords(t.Index, fact);
        return Ranker.BestSentence(t, minimumCover: RankingPolicy.EnoughWords, accept: s => !ReferenceEquals(s, own)
                && asked.All(AmountCheck.Numbers(s.Sentence.Text).Contains) && counted.All(w => CountsIt(t.Index, s.Stems, w))) is { } sentence
            ? SentenceVerdict(t, sentence, asked, byAmounts: false) : null;
    }

    /// <summary>Whether a word the claim counts, set aside as one no article uses ("40 yachts"), goes unsaid by the text.</summary>
    private static bool CountedUnsaid(Turn t, string text)
    {
        var counted = AmountCheck.CountedInClaim(t.Q);
        var stems = Words.Stems(text);
        return t.Q.SetAside.Any(w => counted.Contains(w) && !CountsIt(t.Index, stems, w));
    }

    /// <summary>
    /// "is X sending 19 tanks?" of "X is supplying 19 armoured personnel-carriers": the claim's figure counts another
    /// thing in the text (the last word of what it counts is neither the claim's nor a synonym of it), and the text names
    /// what the claim counts nowhere, so it gainsays the claim. People are counted in too many words ("200 workers",
    /// "200 men") to tell one lot from another.
    /// </summary>
    private static bool CountsAnotherThing(Turn t, string text)
    {
        var figures = AmountCheck.FiguresAt(t.Q.Tokens);
        if (figures.Count == 0)
            return false;
        var tokens = Text.Tokenizer.Tokenize(Text.TextNormalizer.Clean(text));
        var stems = Words.Stems(text);
        var given = AmountCheck.FiguresAt(tokens);
        return figures.Any(claimed => CountedAfter(t.Q.Tokens, claimed.At) is [.., var thing] && !AmountCheck.IsPeople(thing)
            && Text.Stemmer.Stem(thing) is var counted && !stems.Any(s => t.Index.CoversWord(s, counted))
            && given.Any(figure => figure.Number == claimed.Number && CountedAfter(tokens, figure.At) is [.., var other]
                && !t.Index.StandsFor(Text.Stemmer.Stem(other), counted)));
    }

    /// <summary>
    /// The words right after a figure that name what it counts ("19 armoured personnel-carriers"), up to a function word;
    /// none after a measure ("19 million", "40 percent", "three years"), which says how much rather than of what.
    /// </summary>
    private static List<string> CountedAfter(IReadOnlyList<string> tokens, int at)
    {
        var words = tokens.Skip(at + 1).TakeWhile(w => w.AnyChar(char.IsLetter) && !Vocabulary.Stopwords.Contains(w)).Take(MaxCountedWords).ToList();
        return words.Any(w => Vocabulary.LargerNumberWords.ContainsKey(w) || MeasureWords.Contains(w) || AmountCheck.IsMoneyWord(Text.Stemmer.Stem(w))) ? [] : words;
    }

    /// <summary>How many words after a figure may name what it counts.</summary>
    private const int MaxCountedWords = 3;

    /// <summary>Words after a figure that measure rather than name a thing counted.</summary>
    private static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal)
    {
        "percent", "per", "cent", "times", "time", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "decade", "decades", "century", "centuries", "km", "kilometres", "kilometers", "miles", "tonnes", "tons", "metres", "meters",
    };

    /// <summary>Whether a sentence says what a claim counts: in its words or a synonym, or years as a span of them ("a quarter century").</summary>
    private static bool CountsIt(KnowledgeIndex index, ICollection<string> stems, string counted) =>
        index.CoversLoosely(stems, counted) || (counted == YearStem && stems.Any(YearSpanStems.Contains));

    private static readonly string YearStem = Text.Stemmer.Stem("years");

    private static readonly HashSet<string> YearSpanStems = [.. Vocabulary.YearSpans.Keys.Select(Text.Stemmer.Stem)];

    /// <summary>"No" to a claim the fact only attempted, and the sentence after the fact's own in its paragraph, which tells how it ended.</summary>
    private static Reply OnlyAttempted(Turn t, IndexedFact fact, string shown)
    {
        var answer = new AnswerBuilder();
        answer.Add($"No. The article doesn't say that happened. It says: {shown}", fact.Fact.Evidence);
        if (AnswererTable.OwnWords(t.Index, fact) is { } own && t.Index.Beside(own, 1) is { } next && own.SameParagraphAs(next))
            answer.Add($"It goes on: \"{next.Sentence.Text}\"", Replies.Evidence(next));
        Suggestions.About(t, answer, fact.Declared.FirstOrDefault() ?? "");
        return Replies.Facts(answer, fact, []);
    }

    /// <summary>
    /// "did the EU stay out of it between the two sides?": a spelled number after "the", "these" or "those" points back
    /// at things the claim takes as known, and claims no amount; a fact giving no number leaves nothing of it unsaid.
    /// Every number of the claim must be one such, or the claim has an amount to check.
    /// </summary>
    private static bool OnlyPointsBack(ParsedQuestion q)
    {
        var any = false;
        for (var i = 0; i < q.Tokens.Count; i++)
        {
            var token = q.Tokens[i];
            var spelled = Array.IndexOf(Vocabulary.NumberWords, token) >= 0 || Vocabulary.LargerNumberWords.ContainsKey(token);
            if (!spelled && !(token.Length > 0 && char.IsAsciiDigit(token[0])))
                continue;
            if (!spelled || i == 0 || !PointingBack.Contains(q.Tokens[i - 1]))
                return false;
            any = true;
        }
        return any;
    }

    /// <summary>Words before a number that make it point back at known things ("the two sides") rather than count them.</summary>
    private static readonly HashSet<string> PointingBack = new(StringComparer.Ordinal) { "the", "these", "those" };
}
