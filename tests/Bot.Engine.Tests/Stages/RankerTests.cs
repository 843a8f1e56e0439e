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
    public void HasStem_AgreesWithTheStems_ForEveryFactSentenceAndWord()
    {
        var probes = Words().Select(w => new WordProbe(w)).ToList();

        foreach (var probe in probes)
        {
            Assert.All(Harbour.Facts, fact => Assert.Equal(fact.Stems.Contains(probe.Word), fact.HasStem(probe)));
            Assert.All(Harbour.Sentences, sentence => Assert.Equal(sentence.Stems.Contains(probe.Word), sentence.HasStem(probe)));
        }
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 17)]
    [InlineData(5, 40)]
    [InlineData(50, 300)]
    public void SortBestFirst_LeavesTiesAsTheComparisonSortDoes_ForAnyScores(int distinctScores, int count)
    {
        var random = new Random(count);
        for (var round = 0; round < 50; round++)
        {
            var scored = Enumerable.Range(0, random.Next(count + 1))
                .Select(_ => new Scored(Harbour.Facts[0], random.Next(distinctScores) / 4.0, 0, 0)).ToList();
            var expected = scored.ToList();
            expected.Sort((a, b) => b.Score.CompareTo(a.Score));

            Ranker.SortBestFirst(scored);

            Assert.Equal(expected, scored, ReferenceEquality);
        }
    }

    private static readonly IEqualityComparer<Scored> ReferenceEquality = EqualityComparer<Scored>.Create(ReferenceEquals, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode);
}
