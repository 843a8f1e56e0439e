using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Text;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>Ranking looks up each question word's covering stems once; it must read them exactly as the turn does.</summary>
public sealed class RankerTests
{
    /// <summary>Every stem the articles use, and every word with synonyms, known or not.</summary>
    private static IEnumerable<string> Words() =>
        Harbour.KnownStems.Concat(Harbour.SynonymStems.Keys).Concat(Harbour.ThesaurusStems.Keys).Append("zzz").Distinct();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Covers_AgreesWithTheTurn_ForEveryFactAndWord(bool loose)
    {
        var turn = new Turn(Harbour, ConversationState.Empty, Question("what", Intent.General)) { Loose = loose };
        var words = Words().ToList();
        var probes = Ranker.CoveringStems(turn, words);

        foreach (var fact in Harbour.Facts)
        {
            for (var i = 0; i < words.Count; i++)
                Assert.True(turn.Covers(fact.Stems, words[i]) == Ranker.Covers(fact, probes[i]), $"{fact.Fact.Id}: {words[i]}");
        }
    }

    [Fact]
    public void Rank_PutsTheFactSayingTheWordsItselfFirst_WhenAnotherSaysThemOnlyInOtherWords()
    {
        var turn = new Turn(Harbour, ConversationState.Empty, Question("what", Intent.General));
        var (paraphrase, own) = (Harbour.Facts[0], Harbour.Facts[1]);

        var ranked = Ranker.Rank(turn, [paraphrase, own], entities: [], residual: ["dredg", "harbour"],
            covers: _ => fact => fact == own ? 1 : RankingPolicy.OtherWordsShare);

        Assert.Same(own, ranked[0].Fact);
        Assert.All(ranked, s => Assert.Equal(1, s.WordCover));
    }

    [Theory]
    [InlineData("harbour dredging")]
    [InlineData("mayor announced plan")]
    [InlineData("plan rejected council")]
    public void Rank_KeepsWhatTheCallerAccepts_RankedAsWithoutTheTest_AndLazilyInTheSameOrder(string words)
    {
        var turn = new Turn(Harbour, ConversationState.Empty, Question("what", Intent.General));
        var residual = words.Split(' ').Select(Stemmer.Stem).ToList();
        static bool Accept(IndexedFact fact, double entityCover, double wordCover) => wordCover >= 0.5 && fact.Stems.Count % 2 == 0;
        Func<IndexedFact, double> bonus = fact => fact.Stems.Count % 3 / 10.0;

        var all = Ranker.Rank(turn, Harbour.Facts, entities: [], residual: residual, bonus: bonus);
        var kept = Ranker.Rank(turn, Harbour.Facts, entities: [], residual: residual, bonus: bonus, keep: c => Accept(c.Fact, c.EntityCover, c.WordCover));
        var lazily = Ranker.RankLazily(turn, Harbour.Facts, residual, word => fact => turn.Covers(fact.Stems, word) ? 1 : 0, bonus,
            c => Accept(c.Fact, c.EntityCover, c.WordCover));
        var read = new List<Scored>();
        lazily.FirstOrDefault(s => { read.Add(s); return false; });

        var expected = all.Where(s => Accept(s.Fact, s.EntityCover, s.WordCover)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, kept);
        Assert.Equal(expected, read);
    }

    [Fact]
    public void HasStem_AgreesWithTheStems_ForEveryFactAndWord()
    {
        var probes = Words().Select(w => new WordProbe(w)).ToList();

        foreach (var probe in probes)
        {
            Assert.All(Harbour.Facts, fact => Assert.Equal(fact.Stems.Contains(probe.Word), fact.HasStem(probe)));
        }
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 17)]
    [InlineData(5, 40)]
    [InlineData(50, 300)]
    public void SortBestFirst_AndARankingRead_OrderAsAStableSortByScore_ForAnyScores(int distinctScores, int count)
    {
        var random = new Random(count);
        for (var round = 0; round < 50; round++)
        {
            var scored = Enumerable.Range(0, random.Next(count + 1))
                .Select(_ => new Scored(Harbour.Facts[0], Scores[random.Next(Math.Min(distinctScores, Scores.Length))] + (random.Next(distinctScores) / 4.0), 0, 0)).ToList();
            var expected = scored.OrderByDescending(s => s.Score).ToList();
            var ranking = new Ranking([.. scored]);
            var wanted = expected.Count == 0 ? null : expected[random.Next(expected.Count)];

            Ranker.SortBestFirst(scored);

            Assert.Equal(expected, scored, ReferenceEquality);
            // Read part way first, as a check stopping at a fact does, then all of it: the rest goes on in order.
            Assert.Same(wanted, ranking.FirstOrDefault(s => ReferenceEquals(s, wanted)));
            var read = new List<Scored>();
            Assert.Null(ranking.FirstOrDefault(s => { read.Add(s); return false; }));
            Assert.Equal(expected, read, ReferenceEquality);
        }
    }

    /// <summary>Scores of every sign and kind, the odd ones (minus zero, infinities, NaN) among them.</summary>
    private static readonly double[] Scores = [0.0, -0.0, 1.5, -1.5, 0.25, -0.25, double.Epsilon, -double.Epsilon, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1e300, -1e300];

    [Fact]
    public void BestFirst_OrdersAsTheScoresCompare_ForEveryPairOfScores()
    {
        foreach (var a in Scores)
        {
            foreach (var b in Scores)
                Assert.True(Math.Sign(b.CompareTo(a)) == Math.Sign(Ranker.BestFirst(a).CompareTo(Ranker.BestFirst(b))), $"{a} against {b}");
        }
    }

    private static readonly IEqualityComparer<Scored> ReferenceEquality = EqualityComparer<Scored>.Create(ReferenceEquals, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode);

    [Fact]
    public void BestSentence_PicksAmongTheSentencesNamingEveryEntity_ForEachPairOfNames()
    {
        var ids = Harbour.Entities.Keys.Append("nobody").ToList();
        var found = 0;
        foreach (var named in ids.SelectMany(a => ids.Select(b => a == b ? [a] : new[] { a, b })))
        {
            var turn = new Turn(Harbour, ConversationState.Empty, Question("what", Intent.General) with { Entities = named });
            var query = named.SelectMany(id => Ranker.EntityStems(Harbour, id)).ToList();
            var naming = Harbour.Sentences.Where(s => named.All(s.Mentioned.Contains)).ToList();
            var expected = naming.Select(s => (Sentence: s, Score: Harbour.Bm25(s, Harbour.PrepareBm25(query)))).Where(p => p.Score > 0)
                .Aggregate(((IndexedSentence?)null, 0.0), (best, p) => p.Score > best.Item2 ? (p.Sentence, p.Score) : best).Item1;

            Assert.Same(expected, Ranker.BestSentence(turn));
            found += expected is null ? 0 : 1;
        }
        Assert.True(found > ids.Count, $"only {found} questions found a sentence");
    }

    [Theory]
    [InlineData("harbour dredging")]
    [InlineData("mayor announced plan")]
    [InlineData("plan rejected council")]
    public void BestSentence_AsksTheCallersTestOnlyOfSentencesSayingEnough_AndPicksAsWithoutIt(string words)
    {
        var residual = words.Split(' ').Select(Stemmer.Stem).ToList();
        var turn = new Turn(Harbour, ConversationState.Empty, Question(words, Intent.General) with { Residual = residual });
        var asked = new List<IndexedSentence>();

        var best = Ranker.BestSentence(turn, RankingPolicy.EnoughWords, s => { asked.Add(s); return true; });

        var total = residual.Sum(Harbour.Idf);
        var expected = Harbour.Sentences.Where(s => residual.Where(w => turn.Covers(s.Stems, w)).Sum(Harbour.Idf) >= RankingPolicy.EnoughWords * total)
            .Select(s => (Sentence: s, Score: Harbour.Bm25(s, Harbour.PrepareBm25(residual)))).Where(p => p.Score > 0)
            .Aggregate(((IndexedSentence?)null, 0.0), (top, p) => p.Score > top.Item2 ? (p.Sentence, p.Score) : top).Item1;
        Assert.Same(expected, best);
        Assert.Same(expected, Ranker.BestSentence(turn, RankingPolicy.EnoughWords));
        Assert.NotEmpty(asked);
        Assert.All(asked, s => Assert.True(residual.Where(w => turn.Covers(s.Stems, w)).Sum(Harbour.Idf) >= RankingPolicy.EnoughWords * total, s.Sentence.Text));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rank_ReadsEveryFactAsTheTurnDoes_ForManyQuestions(bool loose)
    {
        var words = Words().ToList();
        var entities = Harbour.Entities.Keys.Append("nobody").ToList();
        // A fact made while answering is no fact of the index, and is read directly.
        var madeNow = Harbour.Facts.Select(f => Copy(f)).Take(20);
        var pool = Harbour.Facts.Concat(madeNow).ToList();
        // Each question twice: the second time, the facts covering its words are remembered.
        for (var n = 0; n < 80; n++)
        {
            var residual = words.Skip(n % 40 * 37 % words.Count).Take(n % 4).ToList();
            var named = entities.Skip(n % 40 * 7 % entities.Count).Take(n % 3).ToList();
            var turn = new Turn(Harbour, ConversationState.Empty, Question("what", Intent.General)) { Loose = loose };
            var weights = residual.Select(Harbour.Idf).ToList();

            var ranked = Ranker.Rank(turn, pool, named, residual).ToDictionary(s => s.Fact);

            foreach (var fact in pool)
            {
                var entityCover = named.Count == 0 ? 1 : named.Sum(fact.EntityWeight) / named.Count;
                var wordCover = weights.Sum() == 0 ? 1 : residual.Select((w, i) => turn.Share(fact.Stems, w) * weights[i]).Sum() / weights.Sum();
                if (entityCover == 0 && wordCover == 0)
                {
                    Assert.False(ranked.ContainsKey(fact));
                    continue;
                }
                var scored = ranked[fact];
                Assert.Equal((entityCover, wordCover), (scored.EntityCover, scored.WordCover));
            }
        }
    }

    private static IndexedFact Copy(IndexedFact fact)
    {
        var copy = new IndexedFact(fact.Fact, fact.Article);
        copy.Stems.UnionWith(fact.Stems);
        copy.Declared.UnionWith(fact.Declared);
        copy.Mentioned.UnionWith(fact.Mentioned);
        copy.Related.UnionWith(fact.Related);
        return copy;
    }
}
