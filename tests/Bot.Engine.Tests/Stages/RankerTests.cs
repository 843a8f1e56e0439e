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
}
