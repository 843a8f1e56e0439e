using Bot.Engine.Text;

namespace Bot.Engine.Query;

/// <summary>Okapi BM25: how well a sentence's words match a question's, rarer words and shorter sentences weighing more.</summary>
internal sealed partial class KnowledgeIndex
{
    private const double Bm25K1 = 1.2;
    private const double Bm25B = 0.75;

    /// <summary>A query's distinct terms in the order asked, prepared once for scoring many sentences.</summary>
    internal sealed record Bm25Query(IReadOnlyList<Bm25Term> Terms);

    /// <summary>A term, its rarity, and the set of the stems that say it (itself and its synonyms).</summary>
    internal sealed record Bm25Term(double Idf, WordSet SaidBy);

    /// <summary>The query prepared once for scoring many sentences; a repeated term counts once.</summary>
    public Bm25Query PrepareBm25(IEnumerable<string> query)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new([.. query.Where(seen.Add).Select(term => new Bm25Term(Idf(term), SaidBy(term)))]);
    }

    /// <summary>
    /// The stems that say a term, remembered by term: most questions rank sentences by a query of their words, and the
    /// words asked are mostly the same few. A word set is only read once made, so one may serve threads at once.
    /// </summary>
    private WordSet SaidBy(string term) =>
        _saidBy.GetOrAdd(term, static (stem, index) => new WordSet(index.SynonymStems.GetValueOrDefault(stem) is { } synonyms ? synonyms.Append(stem) : [stem]), this);

    private readonly TextMemo<WordSet> _saidBy = new(MaxTermsRemembered, MaxTermLength);

    /// <summary>Terms remembered with the stems saying them (a full memo starts afresh), and the longest remembered.</summary>
    private const int MaxTermsRemembered = TextMemo.WorkingSet;
    private const int MaxTermLength = 64;

    public double Bm25(IndexedSentence sentence, Bm25Query query)
    {
        double score = 0;
        // Plain loops over stems whose hashes the index worked out: this runs for every sentence a question may be answered by.
        foreach (var term in query.Terms)
        {
            var tf = 0;
            foreach (var stem in sentence.StemProbes)
            {
                if (term.SaidBy.Contains(stem))
                    tf++;
            }
            if (tf == 0)
                continue;
            var norm = tf * (Bm25K1 + 1) / (tf + (Bm25K1 * (1 - Bm25B + (Bm25B * sentence.Stems.Length / AverageSentenceLength))));
            score += term.Idf * norm;
        }
        return score;
    }
}
