using Bot.Engine.Text;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims that turn on a figure: checked against the sentence giving a figure of the same thing.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "is the budget above 2% of GDP?" of "the sum is 0.55% of GDP", "are there two bridges?" of "there is only one
    /// bridge": a claim whose one figure the sentence saying most of it gives otherwise, for the same thing counted, is a
    /// no, and one the sentence's figure falls within is a yes. The sentence may leave out the claim's names ("the
    /// country's 6,500 soldiers"), which it speaks of in other words.
    /// </summary>
    private static Reply? FigureVerdict(Turn t)
    {
        var q = t.Q;
        if (q.NegationStems.Count > 0 || Figures.In(q.Text) is not [var claim] || (claim.Counted.Count == 0 && !claim.Share))
            return null;
        // The claim's figure is held against the sentence's, not looked for among its words.
        var words = q.Residual.Where(w => !w.AnyChar(char.IsDigit) && !claim.Own.Contains(w)).ToList();
        if (words.Count == 0)
            return null;
        var asked = t.With(q with { Residual = words });
        claim = claim with { Of = words.ToHashSet(StringComparer.Ordinal) };
        // What the claim counts, the sentence must say: "40 yachts a month" is not borne out by "40 boats a month".
        // Names ("Ruritanian citizens") are found by the ranking, however the sentence writes them.
        var named = q.Mentions.SelectMany(m => q.Tokens.Skip(m.Start).Take(m.Length)).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        // A span of time's unit is held against the sentence's in any unit ("a month" of "30 days"), not looked for by its word.
        var counted = claim.Counted.Where(w => !named.Contains(w) && !StopStems.Contains(w) && !(claim.Duration && Vocabulary.DurationDays.ContainsKey(w))).ToList();
        var counts = Figures.InOtherWords(t.Index);
        bool Gives(IndexedSentence s, int sameWords) => counted.Count(w => t.Index.CoversLoosely(s.Stems, w)) >= CountedSaid(counted.Count) && Figures.Bear(claim, Figures.In(s.Sentence.Text), sameWords, counts) is not null;
        var sentence = BestSentence(asked, RankingPolicy.EnoughWords, s => Gives(s, 1));
        // A sentence that names none of the claim's names must count the same thing in more than one word ("one bridge
        // linking the two countries"), unless the names are only the article's main subject, which it speaks of throughout.
        var sameWords = sentence is null && !q.Entities.All(t.Index.IsMainSubject) ? SameCountedWords : 1;
        sentence ??= q.Entities.Count > 0
            ? BestSentence(asked.With(asked.Q with { Entities = [] }), RankingPolicy.EnoughWords, s => Gives(s, sameWords))
            : null;
        // The figure is the claim's point, and the rest is often put in other words ("send in" of "an invasion force of"):
        // a sentence giving another figure of the same thing, of a subject named there or before it in its paragraph,
        // gainsays it on fewer of its words. Spans of time ("for one year") are said of too many things for that. A share
        // that counts nothing ("cut by a third") is of what the sentence's share of nothing is ("cutting staff numbers by 40%").
        // A span of time ("six-month deployments") is held against any other, in any unit, so only the sentence found above may gainsay it.
        if (sentence is null && !claim.Duration && (counted.Count > 0 ? !counted.All(Vocabulary.TimeUnits.Contains) : claim.Share)
            && BestSentence(asked with { Loose = true }, FigureClaimCover, s => Gives(s, 1) && Figures.Bear(claim, Figures.In(s.Sentence.Text), 1, counts) == false,
                namedEarlier: true) is { } gainsaying)
            return SentenceReply("No. The article says", gainsaying);
        if (sentence is null || Figures.Bear(claim, Figures.In(sentence.Sentence.Text), sameWords, counts) is not { } bears)
            return null;
        // "did they send 500 troops?" of "they plan to send 500 troops": a plan bears out no deed, nor "all 500 troops
        // were sent" a sentence that only gives their number; the other checks have the last word on those.
        var text = sentence.Sentence.Text;
        // Nor does another figure bear it out where the sentence gives the claim's own figure of something else, nor
        // the same figure in a clause denying it ("will not allow boats over 20 years old").
        if (bears && (ClaimChecks.Unrealised(t, Words.Stems(text)) || ClaimChecks.Overclaim(t, text) is not null || ClaimChecks.NotYet(t, text)
            || ClaimChecks.FigureOfAnother(t, text) || DeniedWhereGiven(claim, text, sameWords, counts)))
            return null;
        // "does it still take 120 days?" of "45 days, down from 120 days": the claim's figure is the former one.
        return SentenceReply(!bears || ClaimChecks.OnlyFormerAmount(t, text) ? "No. The article says" : words.All(sentence.Stems.Contains) ? "Yes. The article says" : "Yes, in other words. The article says", sentence);
    }

    /// <summary>
    /// Whether a clause giving the claim's figure holds a negation: "said it would not allow boats over 20 years old" denies
    /// it; "are not required to serve, and will train for 30 days" denies only the other clause.
    /// </summary>
    private static bool DeniedWhereGiven(Figure claim, string text, int sameWords, CountsWord counts)
    {
        foreach (var clause in FigureClauseBreak().Split(text))
        {
            if (Figures.Bear(claim, Figures.In(clause), sameWords, counts) == true && Tokenizer.Tokens(clause).AnyIn(Vocabulary.Negations))
                return true;
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;:]|\b(and|but|while|whereas)\b")]
    private static partial System.Text.RegularExpressions.Regex FigureClauseBreak();

    private static readonly HashSet<string> StopStems = Vocabulary.Stems([.. Vocabulary.Stopwords]);

    /// <summary>
    /// How many of the words a claim's figure counts a sentence must say: all of one or two, all but one of more
    /// ("the world's oil tankers" of "the global oil-tanker fleet"), where the first describe the last.
    /// </summary>
    private static int CountedSaid(int counted) => counted < 3 ? counted : counted - 1;

    /// <summary>How much of a figure claim's other words a sentence giving another figure of the same thing must say to gainsay it.</summary>
    private const double FigureClaimCover = 0.2;

    /// <summary>How many words of what the claim counts a sentence naming none of its names must count too.</summary>
    private const int SameCountedWords = 2;
}
