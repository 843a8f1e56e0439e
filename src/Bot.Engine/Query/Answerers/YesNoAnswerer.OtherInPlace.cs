using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Yes/no claims that no sentence says with every name: one saying the rest may put another name in one's place.</summary>
internal static partial class YesNoAnswerer
{
    /// <summary>
    /// "was the ship stopped by Ruritania?" of "It was stopped again in May, this time by Borduria": no sentence names
    /// every name of the claim, because the article names another in one name's place. The sentence saying the rest of
    /// the claim with that name left out answers no, when it puts another of the name's kind in the claim's slot
    /// for it ("by", "in", "to", "from", whose it is) and never names the left-out name.
    /// </summary>
    private static Reply? AnotherInItsPlace(Turn t)
    {
        var q = t.Q;
        if (q.Residual.Count < MinWordsBesideSwappedName)
            return null;
        foreach (var left in q.Entities)
        {
            var rest = q with { Entities = [.. q.Entities.Where(e => e != left)] };
            var sentence = BestSentence(t.With(rest), minimumCover: RankingPolicy.StrictSentenceCover, namedEarlier: true,
                accept: s => !t.Index.Linker.MentionedIn(s.Sentence.Text).Contains(left));
            if (sentence is not null && (ClaimChecks.WrongDirection(t, sentence.Sentence.Text) || ClaimChecks.AnothersThing(t, sentence.Sentence.Text)))
                return SentenceReply("No. The article says", sentence);
        }
        return null;
    }

    /// <summary>How many words a claim must say beside its names before a sentence saying them with one name swapped checks it.</summary>
    private const int MinWordsBesideSwappedName = 1;
}
