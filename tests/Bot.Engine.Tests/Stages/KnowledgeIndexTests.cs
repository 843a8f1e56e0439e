using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>The index's word lookups, written as plain loops for speed: they must read words as the plain definitions do.</summary>
public sealed class KnowledgeIndexTests
{
    [Theory]
    [InlineData("herald", true)]
    [InlineData("greenwick", true)]
    [InlineData("harbour", false)]
    [InlineData("fish", false)]
    [InlineData("the", false)]
    public void NameStems_HoldWordsTheArticleWritesOnlyCapitalised_PastASentencesFirstWord(string stem, bool name) =>
        Assert.Equal(name, Harbour.NameStems.Contains(stem));

    [Fact]
    public void CoversLoosely_AgreesWithItsDefinition_ForEveryFactAndThesaurusWord()
    {
        foreach (var fact in Harbour.Facts)
        {
            foreach (var (word, general) in Harbour.ThesaurusStems)
            {
                var expected = Harbour.Covers(fact.Stems, word) || general.Any(fact.Stems.Contains);
                Assert.True(expected == Harbour.CoversLoosely(fact.Stems, word), $"{fact.Fact.Id}: {word}");
            }
        }
    }

    [Fact]
    public void CoversLoosely_ReadsAFactsOwnStemsAsACopyOfThem_ForEverySynonymAndKnownWord()
    {
        var words = Harbour.SynonymStems.Keys.Concat(Harbour.ThesaurusStems.Keys).Concat(Harbour.KnownStems).Append("zzyzx").Append(new string('q', 80)).ToList();
        foreach (var fact in Harbour.Facts)
        {
            var copy = new HashSet<string>(fact.Stems, StringComparer.Ordinal);
            foreach (var word in words)
                Assert.True(Harbour.CoversLoosely(copy, word) == Harbour.CoversLoosely(fact.Stems, word), $"{fact.Fact.Id}: {word}");
        }
    }

    [Fact]
    public void ReadingOfAFact_IsItsTextWithoutQuotations_AsTheIndexKeptIt_ForEveryFact() =>
        Assert.All(Harbour.Facts, fact => Assert.Equal(Words.WithoutQuotations(fact.Fact.Text), Bot.Engine.Query.Answerers.Reading.Of(fact).Plain));

    [Fact]
    public void Saying_ReadsTheIndexsFactsAsItReadsACopyMadeWhileAnswering_ForEveryWordOppositeAndStanceWord()
    {
        var words = Harbour.SynonymStems.Keys.Concat(Harbour.ThesaurusStems.Keys).Concat(Harbour.KnownStems).Concat(Vocabulary.StanceStems)
            .Concat(Vocabulary.Opposites.Where(p => p.Value.Any(Harbour.KnownStems.Contains)).Select(p => p.Key)).Append("zzyzx").Distinct().ToList();
        foreach (var fact in Harbour.Facts)
        {
            var copy = new IndexedFact(fact.Fact, fact.Article);
            copy.Stems.UnionWith(fact.Stems);
            foreach (var word in words)
            {
                var saying = Harbour.Saying(word);
                Assert.True(saying.Holds(copy) == saying.Holds(fact), $"{fact.Fact.Id} holds {word}");
                Assert.True(saying.SaysOrGainsays(copy) == saying.SaysOrGainsays(fact), $"{fact.Fact.Id} says or gainsays {word}");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void Bm25_CountsEachTermOnce_WhenTheQueryRepeatsIt(int repeats)
    {
        var terms = Harbour.KnownStems.Order(StringComparer.Ordinal).Take(8).ToList();
        var repeated = Enumerable.Repeat(terms, repeats).SelectMany(t => t).ToList();

        Assert.All(Harbour.Sentences, sentence => Assert.Equal(Harbour.Bm25(sentence, Harbour.PrepareBm25(terms)), Harbour.Bm25(sentence, Harbour.PrepareBm25(repeated))));
    }

    [Fact]
    public void Aliases_LeadToTheActor_WhenATopicIsNamedAsAnActorIs()
    {
        var model = HarbourArticle.Model.ReplaceLineEndings("\n").Replace("topics:\n",
            "topics:\n  - id: greenwick-vote\n    name: Greenwick\n    quote: \"The neighbouring town of Greenwick rejected the plan\"\n", StringComparison.Ordinal);
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, model);
        var index = new KnowledgeIndex(SeedLoader.Load(seeds.Path));

        Assert.Equal(["greenwick"], QuestionParser.Parse(index, "did Greenwick back it?").Entities);
    }
}
