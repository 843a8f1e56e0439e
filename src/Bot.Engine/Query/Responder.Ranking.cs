using Bot.Engine.Model;

namespace Bot.Engine.Query;

/// <summary>A fact with how well it fits the question: the share of named entities and of other words it covers.</summary>
internal sealed record Scored(IndexedFact Fact, double Score, double EntityCover, double WordCover);

internal sealed partial class Responder
{
    private const double EnoughEntities = 0.5;
    private const double EnoughWords = 0.5;

    /// <summary>Ranks facts by the entities they are about, the question's other words they contain, and the date.</summary>
    private List<Scored> Rank(IEnumerable<IndexedFact> pool, ParsedQuestion q, IReadOnlyList<string>? entities = null,
        IReadOnlyList<string>? residual = null, double entityWeight = 2, double wordWeight = 1.5, Func<IndexedFact, string, bool>? covers = null,
        Func<IndexedFact, double>? bonus = null)
    {
        covers ??= (fact, word) => index.Covers(fact.Stems, word);
        entities ??= q.Entities;
        residual ??= q.Residual;
        var weights = residual.Select(index.Idf).ToList();
        var totalWeight = weights.Sum();
        var ranked = new List<Scored>(pool.TryGetNonEnumeratedCount(out var count) ? count : 16);
        foreach (var fact in pool)
        {
            var entityCover = entities.Count == 0 ? 1.0 : entities.Sum(fact.EntityWeight) / entities.Count;
            double wordCover = 1;
            if (totalWeight > 0)
            {
                double covered = 0;
                for (var i = 0; i < residual.Count; i++)
                {
                    if (covers(fact, residual[i]))
                        covered += weights[i];
                }
                wordCover = covered / totalWeight;
            }
            // A fact sharing nothing with the question is never an answer: leave it out early.
            if (entityCover == 0 && wordCover == 0)
                continue;
            // Among equals, the fact that says least beside the point is the sharpest answer.
            var score = (entityWeight * entityCover) + (wordWeight * wordCover) + DateFit(fact.Fact, q.Date) - (0.001 * fact.Stems.Count)
                + (bonus?.Invoke(fact) ?? 0);
            ranked.Add(new Scored(fact, score, entityCover, wordCover));
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    private static bool Fits(Scored scored, ParsedQuestion q) =>
        (q.Entities.Count == 0 || scored.EntityCover >= EnoughEntities)
        && (q.Residual.Count == 0 || scored.WordCover >= EnoughWords)
        && (q.Date is null || DateOf(scored.Fact.Fact) is null || DateFit(scored.Fact.Fact, q.Date) >= 0);

    private static double DateFit(Fact fact, DateQuery? date) => (date, DateOf(fact)) switch
    {
        (null, _) => 0,
        (_, null) => -0.5,
        var (d, f) => DateText.Matches(f!, d!) ? 1 : -1,
    };

    private static FactDate? DateOf(Fact fact) => fact switch
    {
        Event e => e.Date,
        Statement s => s.Date,
        _ => null,
    };

    /// <summary>The best-matching sentence when no annotated fact fits, if it covers the question well enough.</summary>
    private IndexedSentence? BestSentence(ParsedQuestion q, double minimumCover = 0.6)
    {
        if (q.Residual.Count == 0 && q.Entities.Count == 0)
            return null;
        var query = q.Residual.Concat(q.Entities.SelectMany(EntityStems)).ToList();
        var weights = q.Residual.Select(index.Idf).ToList();
        var total = weights.Sum();
        IndexedSentence? best = null;
        double bestScore = 0;
        foreach (var sentence in index.Sentences)
        {
            if (!q.Entities.All(sentence.Mentioned.Contains))
                continue;
            if (total > 0)
            {
                var stems = sentence.Stems;
                double covered = 0;
                for (var i = 0; i < q.Residual.Count; i++)
                {
                    if (index.Covers(stems, q.Residual[i]))
                        covered += weights[i];
                }
                if (covered / total < minimumCover)
                    continue;
            }
            var score = index.Bm25(sentence, query);
            if (score > bestScore)
            {
                best = sentence;
                bestScore = score;
            }
        }
        return best;
    }

    private IEnumerable<string> EntityStems(string id) => index.Find(id) is { } e ? Words.ContentStems(e.Name) : [];
}
