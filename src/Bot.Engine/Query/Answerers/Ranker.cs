using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Bot.Engine.Model;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;

namespace Bot.Engine.Query.Answerers;

/// <summary>A fact with how well it fits the question: the share of named entities and of other words it covers.</summary>
internal sealed record Scored(IndexedFact Fact, double Score, double EntityCover, double WordCover);

/// <summary>
/// What a caller of <see cref="Ranker.Rank"/> reads of a fact to decide whether to rank it: a value, so that the many
/// facts passed over are never scored or kept.
/// </summary>
internal readonly record struct Candidate(IndexedFact Fact, double EntityCover, double WordCover);

/// <summary>Ranks facts and sentences against a question, by <see cref="RankingPolicy"/>.</summary>
internal static partial class Ranker
{
    /// <summary>
    /// Ranks facts by the entities they are about, the question's other words they contain, and the date; those the
    /// caller would pass over (<paramref name="keep"/>) are left out.
    /// </summary>
    public static List<Scored> Rank(Turn t, IEnumerable<IndexedFact> pool, IReadOnlyList<string>? entities = null,
        IReadOnlyList<string>? residual = null, double entityWeight = RankingPolicy.EntityWeight, double wordWeight = RankingPolicy.WordWeight,
        Func<string, Func<IndexedFact, double>>? covers = null, Func<IndexedFact, double>? bonus = null, Func<Candidate, bool>? keep = null)
    {
        var ranked = Score(t, pool, entities, residual, entityWeight, wordWeight, covers, bonus, keep);
        SortBestFirst(ranked);
        return ranked;
    }

    /// <summary>As <see cref="Rank"/> ranks them, put in order only as far as the caller reads them.</summary>
    public static Ranking RankLazily(Turn t, IEnumerable<IndexedFact> pool, IReadOnlyList<string> residual,
        Func<string, Func<IndexedFact, double>> covers, Func<IndexedFact, double> bonus, Func<Candidate, bool> keep) =>
        new(Score(t, pool, null, residual, RankingPolicy.EntityWeight, RankingPolicy.WordWeight, covers, bonus, keep));

    /// <summary>The facts worth ranking with their scores, in the pool's order.</summary>
    private static List<Scored> Score(Turn t, IEnumerable<IndexedFact> pool, IReadOnlyList<string>? entities, IReadOnlyList<string>? residual,
        double entityWeight, double wordWeight, Func<string, Func<IndexedFact, double>>? covers, Func<IndexedFact, double>? bonus, Func<Candidate, bool>? keep)
    {
        var index = t.Index;
        entities ??= t.Q.Entities;
        residual ??= t.Q.Residual;
        var (weights, totalWeight) = Weights(index, residual);
        var table = Tables.GetValue(index, static i => new FactTable(i));
        var links = new double[]?[entities.Count];
        for (var i = 0; i < links.Length; i++)
            links[i] = table.Links(entities[i]);
        // Without a rule of its own, the turn's: the facts covering each word are found once here, not fact by fact.
        // A rule of the caller's own is made once for each word, so that it can find what it needs for the word once too.
        // A strict turn still credits a word a fact says only through a word of its family, for part of its weight.
        NumberSet[]? covering = null, related = null;
        Func<IndexedFact, double>[]? rules = null;
        if (totalWeight > 0)
        {
            if (covers is null)
                (covering, related) = (new NumberSet[residual.Count], t.Loose ? null : new NumberSet[residual.Count]);
            else
                rules = new Func<IndexedFact, double>[residual.Count];
            for (var i = 0; i < residual.Count; i++)
            {
                if (rules is not null)
                    rules[i] = covers!(residual[i]);
                else
                    covering![i] = table.Covering(t, residual[i]);
                related?[i] = table.Related(residual[i]);
            }
        }
        // Only for facts made while answering, which are no facts of the table.
        WordProbe[][]? probes = null;
        // A follow-up is answered near what the last answer read, among facts fitting as well.
        var near = LastRead(t);
        // The facts kept are gathered in the thread's list, which has long grown to hold a pool, and copied out at their
        // number: most of a pool shares nothing with the question. A rule that ranks again meanwhile gathers in a list of its own.
        var ranked = _gathered ?? new List<Scored>(index.Facts.Count);
        _gathered = null;
        foreach (var fact in pool)
        {
            var number = table.NumberOf(fact);
            double entityCover = 1;
            if (entities.Count > 0)
            {
                double sum = 0;
                for (var i = 0; i < entities.Count; i++)
                    sum += number >= 0 && links[i] is { } link ? link[number] : fact.EntityWeight(entities[i]);
                entityCover = sum / entities.Count;
            }
            double wordCover = 1, wordScore = 1;
            if (totalWeight > 0)
            {
                double covered = 0, earned = 0;
                for (var i = 0; i < residual.Count; i++)
                {
                    // A rule of the caller's own may count a word said only in other words for part of its weight, yet as said;
                    // a word of its family counts for part of it both ways.
                    double share, said;
                    if (covering is null)
                        (share, said) = rules![i](fact) is var own && own > 0 ? (own, 1) : (0, 0);
                    else if (number >= 0 ? covering[i].Contains(number) : Covers(fact, (probes ??= CoveringStems(t, residual))[i]))
                        (share, said) = (1, 1);
                    else
                        share = said = related is null ? 0 : number < 0 ? t.Share(fact.Stems, residual[i]) : related[i].Contains(number) ? RankingPolicy.RelatedWordShare : 0;
                    covered += said * weights[i];
                    earned += share * weights[i];
                }
                wordCover = covered / totalWeight;
                wordScore = earned / totalWeight;
            }
            // A fact sharing nothing with the question is never an answer: leave it out early.
            if (entityCover == 0 && wordCover == 0)
                continue;
            // Only what the caller can use is scored and sorted.
            if (keep is not null && !keep(new Candidate(fact, entityCover, wordCover)))
                continue;
            var score = (entityWeight * entityCover) + (wordWeight * wordScore) + DateFit(fact.Fact, t.Q.Date)
                - (RankingPolicy.LengthPenalty * fact.Stems.Count) + (bonus?.Invoke(fact) ?? 0)
                + (near is not null && Follows(near, fact) ? RankingPolicy.NearLastReadBonus : 0);
            ranked.Add(new Scored(fact, score, entityCover, wordCover));
        }
        var kept = new List<Scored>(ranked);
        ranked.Clear();
        _gathered = ranked;
        return kept;
    }

    [ThreadStatic]
    private static List<Scored>? _gathered;

    /// <summary>Each word's weight by its rarity, and their sum, added in the words' order.</summary>
    private static (double[] Weights, double Total) Weights(KnowledgeIndex index, IReadOnlyList<string> words)
    {
        var weights = new double[words.Count];
        double total = 0;
        for (var i = 0; i < weights.Length; i++)
            total += weights[i] = index.Idf(words[i]);
        return (weights, total);
    }

    private static readonly ConditionalWeakTable<KnowledgeIndex, FactTable> Tables = [];

    /// <summary>
    /// What ranking reads of every fact of an index, worked out once for it: the facts numbered, which of them
    /// hold each stem, and how strongly each is linked to each entity. A fact made while answering has no number
    /// and is read directly.
    /// </summary>
    private sealed class FactTable
    {
        private readonly KnowledgeIndex _index;
        private readonly StemTable _stems;

        /// <summary>By entity id, the link of each fact; only the index's own entities, so the table stays bounded.</summary>
        private readonly ConcurrentDictionary<string, double[]> _links = new(StringComparer.Ordinal);

        public FactTable(KnowledgeIndex index)
        {
            _index = index;
            _stems = new StemTable([.. index.Facts.Select(f => (IEnumerable<string>)f.Stems)]);
        }

        /// <summary>The fact's number in this table, or -1 for a fact that is not one of the index's.</summary>
        public int NumberOf(IndexedFact fact) => _index.NumberOf(fact);

        /// <summary>The facts holding any of the stems that cover the word, as the turn reads them.</summary>
        public NumberSet Covering(Turn t, string word) => _stems.Covering(t, word);

        /// <summary>The facts holding a word of its family (see <see cref="KnowledgeIndex.RelatedStems"/>).</summary>
        public NumberSet Related(string word) => _stems.Related(_index, word);

        /// <summary>The link of each fact to the entity, by number; null for an id the index does not know.</summary>
        public double[]? Links(string entity) => _index.Entities.ContainsKey(entity)
            ? _links.GetOrAdd(entity, static (id, facts) => [.. facts.Select(f => f.EntityWeight(id))], _index.Facts)
            : null;
    }

    /// <summary>Whether a ranked fact answers the question: enough of its names and words, and no other date.</summary>
    public static bool Fits(Scored scored, ParsedQuestion q) => Fits(new Candidate(scored.Fact, scored.EntityCover, scored.WordCover), q);

    public static bool Fits(Candidate candidate, ParsedQuestion q) =>
        (q.Entities.Count == 0 || candidate.EntityCover >= RankingPolicy.EnoughEntities)
        && (q.Residual.Count == 0 || candidate.WordCover >= RankingPolicy.EnoughWords)
        && (q.Date is null || DateOf(candidate.Fact.Fact) is null || DateFit(candidate.Fact.Fact, q.Date) >= 0);

    public static double DateFit(Fact fact, DateQuery? date) => (date, DateOf(fact)) switch
    {
        (null, _) => 0,
        (_, null) => -RankingPolicy.DateMissing,
        var (d, f) => DateText.Matches(f!, d!) ? RankingPolicy.DateMatch : -RankingPolicy.DateMatch,
    };

    public static FactDate? DateOf(Fact fact) => fact switch
    {
        Event e => e.Date,
        Statement s => s.Date,
        _ => null,
    };

    /// <summary>The best-matching sentence when no annotated fact fits, if it covers the question well enough.</summary>
    /// <remarks>
    /// With <paramref name="namedEarlier"/>, a name an earlier sentence of the paragraph gives counts as given: a paragraph
    /// goes on about what it named first ("Ruritania's budget will rise." ... "The sum is still tiny: €75m."). With
    /// <paramref name="toldOn"/>, so do in part the words of the next sentence when it opens by pointing back at this one:
    /// "charges against eight activists. They face ten years for sabotage" counts the activists charged with sabotage.
    /// </remarks>
    public static IndexedSentence? BestSentence(Turn t, double minimumCover = RankingPolicy.SentenceCover, Func<IndexedSentence, bool>? accept = null,
        bool namedEarlier = false, bool toldOn = false)
    {
        var (index, q) = (t.Index, t.Q);
        if (q.Residual.Count == 0 && q.Entities.Count == 0)
            return null;
        // Prepared when a sentence first says enough to be scored: most calls find none.
        KnowledgeIndex.Bm25Query? query = null;
        var (weights, total) = Weights(index, q.Residual);
        var table = SentenceTables.GetValue(index, static i => new SentenceTable(i));
        var covering = total > 0 ? new NumberSet[q.Residual.Count] : [];
        var related = total > 0 && !t.Loose ? new NumberSet[q.Residual.Count] : null;
        for (var i = 0; i < covering.Length; i++)
        {
            covering[i] = table.Covering(t, q.Residual[i]);
            related?[i] = table.Related(q.Residual[i]);
        }
        var mentioning = q.Entities.Select(table.Mentioning).ToArray();
        var sayings = q.Entities.Select(e => PlainWording(t, e) is { } word ? table.Saying(word) : (NumberSet?)null).ToArray();
        var (nearFrom, nearTo) = NearLastRead(t);
        IndexedSentence? best = null;
        // Below any score: a sentence saying the words only in synonyms scores nothing by its own words, yet says them.
        double bestScore = -1;
        for (var number = 0; number < index.Sentences.Count; number++)
        {
            var sentence = index.Sentences[number];
            if (!MentionsAll(sentence, number, q.Entities, mentioning, sayings) && !(namedEarlier && NamedInParagraph(index, number, q.Entities, mentioning)))
                continue;
            if (total > 0)
            {
                double covered = 0;
                var saysAny = false;
                // A word the sentence before it in its paragraph says counts in part: "the building" goes on from "the prison".
                // The sentence must say one of the words itself.
                var before = number > 0 && sentence.SameParagraphAs(index.Sentences[number - 1]) ? number - 1 : -1;
                var after = toldOn && table.PointsBack(number + 1) && sentence.SameParagraphAs(index.Sentences[number + 1]) ? number + 1 : -1;
                for (var i = 0; i < q.Residual.Count; i++)
                {
                    if (covering[i].Contains(number))
                        (covered, saysAny) = (covered + weights[i], true);
                    else if (related is not null && related[i].Contains(number))
                        covered += weights[i] * RankingPolicy.RelatedWordShare;
                    else if ((before >= 0 && covering[i].Contains(before)) || (after >= 0 && covering[i].Contains(after)))
                        covered += weights[i] * RankingPolicy.ParagraphContextCover;
                }
                if (!saysAny)
                    continue;
                // A sentence naming two or more of the question's names has said most of it already.
                if (covered / total < (q.Entities.Count >= 2 ? minimumCover * RankingPolicy.NamedSentenceCoverFactor : minimumCover))
                    continue;
            }
            var score = index.Bm25(sentence, query ??= index.PrepareBm25(q.Residual.Concat(q.Entities.SelectMany(id => EntityStems(index, id)))));
            if (number >= nearFrom && number <= nearTo)
                score *= RankingPolicy.NearLastReadBoost;
            // The caller's own test (reading numbers, wording) costs more than the words: it only runs on a sentence
            // that says enough and would be the best so far.
            if (score <= bestScore || (accept is not null && !accept(sentence)))
                continue;
            best = sentence;
            bestScore = score;
        }
        return best;
    }

    /// <summary>
    /// For each word, the stems that say it as <see cref="Turn.Covers"/> reads them: the word itself, its synonyms
    /// in the index and, on a loose turn, its general synonyms.
    /// </summary>
    internal static WordProbe[][] CoveringStems(Turn t, IReadOnlyList<string> words)
    {
        var probes = new WordProbe[words.Count][];
        for (var i = 0; i < words.Count; i++)
        {
            var stems = new List<WordProbe> { new(words[i]) };
            if (t.Index.SynonymStems.TryGetValue(words[i], out var synonyms))
                stems.AddRange(synonyms.Select(s => new WordProbe(s)));
            if (t.Loose && t.Index.ThesaurusStems.TryGetValue(words[i], out var general))
                stems.AddRange(general.Select(s => new WordProbe(s)));
            probes[i] = [.. stems];
        }
        return probes;
    }

    // Plain loops: these run for every fact or sentence and every word of every question.
    internal static bool Covers(IndexedFact fact, WordProbe[] stems)
    {
        foreach (var stem in stems)
        {
            if (fact.HasStem(stem))
                return true;
        }
        return false;
    }

    private static bool MentionsAll(IndexedSentence sentence, int number, IReadOnlyList<string> entities, NumberSet?[] mentioning,
        NumberSet?[] sayings)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            if (!(mentioning[i] is { } set ? set.Contains(number) : sentence.Mentioned.Contains(entities[i]))
                && !(sayings[i] is { } saying && saying.Contains(number)))
                return false;
        }
        return true;
    }

    /// <summary>Whether a sentence opens on a word that points back at the one before ("They", "This", "Such").</summary>
    internal static bool OpensPointingBack(string text)
    {
        var first = text.AsSpan().TrimStart();
        var end = first.IndexOfAny(' ', ',');
        var word = (end < 0 ? first : first[..end]).ToString().ToLowerInvariant();
        return Vocabulary.BackPointingOpeners.Contains(word);
    }

    private static readonly ConditionalWeakTable<KnowledgeIndex, SentenceTable> SentenceTables = [];

    /// <summary>
    /// By entity, the numbers of the index's sentences that mention it, worked out once: the best sentence is looked
    /// for among all of them, for question after question naming the same few entities.
    /// </summary>
    private sealed class SentenceTable(KnowledgeIndex index)
    {
        private readonly StemTable _stems = new([.. index.Sentences.Select(s => (IEnumerable<string>)s.Stems)]);

        /// <summary>The sentences saying a question word, as the turn reads it.</summary>
        public NumberSet Covering(Turn t, string word) => _stems.Covering(t, word);

        /// <summary>The sentences saying a word of its family.</summary>
        public NumberSet Related(string word) => _stems.Related(index, word);

        /// <summary>The sentences saying the word itself or one of its family.</summary>
        public NumberSet Saying(string word) => _stems.Saying(index, word);

        /// <summary>The sentences opening on a word that points back at the one before ("They", "This", "Such").</summary>
        private readonly bool[] _pointsBack = [.. index.Sentences.Select(s => OpensPointingBack(s.Sentence.Text))];

        /// <summary>Whether the sentence of that number opens by pointing back; false past the last one.</summary>
        public bool PointsBack(int number) => number < _pointsBack.Length && _pointsBack[number];


        /// <summary>Only the index's own entities, so the table stays bounded.</summary>
        private readonly ConcurrentDictionary<string, NumberSet> _mentioning = new(StringComparer.Ordinal);

        /// <summary>The sentences mentioning the entity, by number; null for an id the index does not know.</summary>
        public NumberSet? Mentioning(string entity) => index.Entities.ContainsKey(entity)
            ? _mentioning.GetOrAdd(entity, static (id, sentences) => Mentioning(sentences, id), index.Sentences)
            : null;

        private static NumberSet Mentioning(List<IndexedSentence> sentences, string entity)
        {
            var set = new NumberSet(sentences.Count);
            for (var number = 0; number < sentences.Count; number++)
            {
                if (sentences[number].Mentioned.Contains(entity))
                    set.Add(number);
            }
            return set;
        }
    }

    public static IEnumerable<string> EntityStems(KnowledgeIndex index, string id) =>
        index.Find(id) is { } e ? e.NameStems : [];
}
