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
        if (q.NegationStems.Count > 0 || Figures.In(q.Text) is not [{ Counted.Count: > 0 } claim])
            return null;
        // The claim's figure is held against the sentence's, not looked for among its words.
        var words = q.Residual.Where(w => !w.Any(char.IsDigit) && !claim.Own.Contains(w)).ToList();
        if (words.Count == 0)
            return null;
        var asked = t.With(q with { Residual = words });
        var sentence = BestSentence(asked, RankingPolicy.EnoughWords, s => Figures.Bear(claim, Figures.In(s.Sentence.Text)) is not null);
        // A sentence that names none of the claim's names must count the same thing in more than one word ("one bridge
        // linking the two countries"), unless the names are only the article's main subject, which it speaks of throughout.
        var sameWords = sentence is null && !q.Entities.All(t.Index.IsMainSubject) ? SameCountedWords : 1;
        sentence ??= q.Entities.Count > 0
            ? BestSentence(asked.With(asked.Q with { Entities = [] }), RankingPolicy.EnoughWords, s => Figures.Bear(claim, Figures.In(s.Sentence.Text), sameWords) is not null)
            : null;
        if (sentence is null || Figures.Bear(claim, Figures.In(sentence.Sentence.Text), sameWords) is not { } bears)
            return null;
        // "did they send 500 troops?" of "they plan to send 500 troops": a plan bears out no deed, nor "all 500 troops
        // were sent" a sentence that only gives their number; the other checks have the last word on those.
        var text = sentence.Sentence.Text;
        if (bears && (ClaimChecks.Unrealised(t, Words.Stems(text)) || ClaimChecks.Overclaim(t, text) is not null || ClaimChecks.NotYet(t, text)))
            return null;
        return SentenceReply(bears ? "Yes. The article says" : "No. The article says", sentence);
    }

    /// <summary>How many words of what the claim counts a sentence naming none of its names must count too.</summary>
    private const int SameCountedWords = 2;
}
