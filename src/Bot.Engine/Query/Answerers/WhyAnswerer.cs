using Bot.Engine.Model;
using static Bot.Engine.Query.Answerers.Ranker;

namespace Bot.Engine.Query.Answerers;

/// <summary>Why something happened: the author's explanation with every reason it gives, in the article's order.</summary>
internal static class WhyAnswerer
{
    public static Reply Why(Turn t)
    {
        var (index, q) = (t.Index, t.Q);
        // "why?" after an answer: the explanation that shares most with the fact just given.
        var previous = q.ContextFact;
        var ranked = Rank(t, index.FactsOf<Explanation>(), bonus: previous is null ? null
            : f => (0.05 * f.Stems.Count(previous.Stems.Contains)) + (previous.Declared.Overlaps(f.Declared) ? 0.5 : 0));
        var best = ranked.FirstOrDefault(s => Fits(s, q) && (q.Entities.Count == 0 || s.EntityCover > 0)
            && (!q.FollowUp || s.Fact.Declared.Contains(q.Entities[0])));
        if (best is null && q.FollowUp)
            return StanceAnswerer.HeldPosition(t);
        if (best is null)
        {
            var sentence = BestSentence(t, minimumCover: RankingPolicy.StrictSentenceCover);
            return sentence is null ? Replies.Unknown(t, "The article doesn't explain that.") : Replies.FromSentence(t, sentence);
        }
        var explanation = (Explanation)best.Fact.Fact;
        var answer = new AnswerBuilder();
        answer.Add(explanation.Claim.TrimEnd('.') + (explanation.Reasons.Count == 1 ? ", because:" : ". The article's reasons:"),
            explanation.Evidence.Paragraph > 0 ? explanation.Evidence : null);
        var reasons = OrderReasons(t, explanation, best.Fact);
        var number = 1;
        foreach (var reason in reasons)
        {
            var prefix = explanation.Reasons.Count == 1 ? "" : $"({number}) ";
            if (!answer.Add(prefix + reason.Text, reason.Evidence))
                break;
            number++;
        }
        Suggestions.About(t, answer, best.Fact.Declared.FirstOrDefault() ?? "");
        return Replies.Facts(answer, best.Fact, ranked.Skip(1).Where(s => Fits(s, q)).Select(s => s.Fact));
    }

    /// <summary>Reasons that match the question's own words come first; the rest keep the article's order.</summary>
    private static IEnumerable<Reason> OrderReasons(Turn t, Explanation explanation, IndexedFact fact) =>
        explanation.Reasons.Select((reason, i) => (reason, i))
            .OrderByDescending(r => t.Q.Residual.Count(stem => t.Index.Covers(fact.ReasonStems[r.i], stem))).Select(r => r.reason);
}
