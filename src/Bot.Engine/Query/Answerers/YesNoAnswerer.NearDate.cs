using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Dated claims whose words the article puts another way: the sentence dating the same thing a little differently.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "did X announce the pause on 28 October 2024?" of "X's decision on 28 November 2024 to call a halt": a claim dated
    /// to the month is a slip of the date when a sentence naming its subject and saying part of its words gives a date
    /// that shares a part with the claim's (the day, the month or the year) but is not it, and no such sentence gives
    /// the claim's own date. The answer is no, with the date the article gives.
    /// </summary>
    private static Reply? NearMissDate(Turn t)
    {
        // Words no article uses ("pause" for "halt") can be said by none of its sentences: the part said is weighed among the rest.
        var known = t.Q.Residual.Where(w => t.Index.Knows(w) || t.Index.KnowsParaphrase(w)).ToList();
        // Two names and a date say enough on their own ("did X go to Y in June?" where "go" is no content word).
        if (t.Q.Date is not { Month: not null } asked || (known.Count == 0 && t.Q.Entities.Count < MinNamesForNearDate) || (t.Q.Entities.Count == 0 && known.Count < MinWordsForNearDate))
            return null;
        var undated = t.With(t.Q with { Date = null, Residual = known }) with { Loose = true };
        if (BestSentence(undated, RankingPolicy.NearDateCover, s => SentenceDate(t, s) is { } given && DateText.Agrees(given, asked), namedEarlier: true) is not null)
            return null;
        // The date is read again from the sentence chosen: the filter sees many sentences, the last of them not always the best.
        var sentence = BestSentence(undated, RankingPolicy.NearDateCover, s => SentenceDate(t, s) is { } given && SharesPart(given, asked), namedEarlier: true);
        return sentence is not null && SentenceDate(t, sentence) is { } near ? SentenceReply($"No. That was {near.Describe()}. The article says", sentence) : null;
    }

    /// <summary>
    /// "did X sail to Y three times in March 2031?" when the fact its words chose is dated otherwise and leaves out one of
    /// the claim's names ("until 2030 X ran the port"): a dated sentence saying clearly more of the claim ("in March 2031
    /// X sailed to Y twice") is what its date, and the rest of it, are checked against. A fact naming every name and saying
    /// every word of the claim ("X met Y on May 8") is the claim's own, dated otherwise, whatever other sentence of its
    /// paragraph a date and a word share; one leaving the claim's deed unsaid ("X extended the pact in 2021" for "did X
    /// suspend it in 2023?") is not.
    /// </summary>
    private static Reply? DatedSentenceInstead(Turn t, IndexedFact fact, double cover)
    {
        if (t.Q.Date is not { } asked || (t.Q.Entities.All(e => fact.EntityWeight(e) > 0)
            && t.Q.Residual.All(w => Vocabulary.NegationStems.Contains(w) || t.Index.CoversLoosely(fact.Stems, w))))
            return null;
        var own = AnswererTable.OwnWords(t.Index, fact);
        // A sentence of the claim's own date says it before one dating the same names otherwise.
        var undated = t.With(t.Q with { Date = null });
        var minimum = Math.Max(RankingPolicy.SentenceCover, cover + ClearlyBetterCover);
        var sentence = BestSentence(undated, minimum, s => !ReferenceEquals(s, own) && SentenceDate(t, s) is { } given && DateText.Agrees(given, asked), namedEarlier: true)
            ?? BestSentence(undated, minimum, s => !ReferenceEquals(s, own) && DateIn(t, s.Sentence.Text, own: null) is not null, namedEarlier: true);
        return sentence is null ? null : SentenceVerdict(t, sentence, AmountCheck.Numbers(t.Q.Text), byAmounts: false);
    }

    /// <summary>
    /// "did X go on his trip to Y in June 2023?" where no article says "trip": the sentence dating what the claim's names and
    /// known words say otherwise still answers no.
    /// </summary>
    internal static Reply? OtherDate(Turn t) => t.Q.Date is null ? null : NearMissDate(t);

    /// <summary>How many words a claim naming no one must say before a sentence that dates them otherwise checks it.</summary>
    private const int MinWordsForNearDate = 2;

    /// <summary>How many names a claim saying no word the articles use must give before a sentence that dates them otherwise checks it.</summary>
    private const int MinNamesForNearDate = 2;

    /// <summary>
    /// The date a sentence gives: where it dates several things ("A (June 2023), B (November 2023)"), the one in the
    /// clause naming the claim's subject.
    /// </summary>
    private static DateQuery? SentenceDate(Turn t, IndexedSentence sentence)
    {
        var text = sentence.Sentence.Text;
        var first = DateText.Find(Text.Tokenizer.Tokens(text));
        if (first is null || t.Q.Entities.Count == 0)
            return first;
        var subject = EntityStems(t.Index, t.Q.Entities[0]).ToHashSet(StringComparer.Ordinal);
        var dated = DatedClauses(text);
        return dated.Count > 1 && dated.FirstOrDefault(c => c.Stems.Any(subject.Contains))?.Date is { } own ? own : first;
    }

    /// <summary>
    /// Whether a date the text gives is another than the one asked, though the same in its day, its month or its year:
    /// one part both give differs and another is the same. "November 2024" leaves "28 November 2024" open.
    /// </summary>
    internal static bool SharesPart(DateQuery given, DateQuery asked)
    {
        var parts = new (int? Given, int? Asked)[] { (given.Year, asked.Year), (given.Month, asked.Month), (given.Day, asked.Day) }
            .Where(p => p.Given is not null && p.Asked is not null).ToList();
        return given.Month is not null && parts.Any(p => p.Given != p.Asked) && parts.Any(p => p.Given == p.Asked);
    }
}
