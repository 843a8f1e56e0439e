using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;
using Bot.Engine.Text;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// Word families: forms the stemmer leaves apart that still say the same thing ("sanctions" and "sanctioned"), and how
/// ranking credits a sentence saying a question's word only through one of them.
/// </summary>
public sealed class WordFamilyTests
{
    [Theory]
    [InlineData("sanctions", "sanctioned")]
    [InlineData("corruption", "corrupt")]
    [InlineData("relocation", "relocated")]
    [InlineData("executions", "executed")]
    [InlineData("mobilize", "mobilization")]
    [InlineData("negotiations", "negotiate")]
    [InlineData("election", "elected")]
    [InlineData("protection", "protects")]
    [InlineData("adoption", "adopted")]
    [InlineData("dependency", "dependent")]
    [InlineData("dependence", "dependent")]
    [InlineData("significance", "significant")]
    [InlineData("relevancy", "relevant")]
    [InlineData("European", "Europe")]
    public void Root_IsShared_ByWordsMadeOfOneAnother(string word, string kin) =>
        Assert.Equal(WordFamily.Root(Stemmer.Stem(word)), WordFamily.Root(Stemmer.Stem(kin)));

    [Theory]
    [InlineData("threat", "three")]
    [InlineData("defeat", "define")]
    [InlineData("tension", "tend")]
    [InlineData("protest", "protect")]
    [InlineData("police", "policy")]
    [InlineData("combat", "combine")]
    [InlineData("currency", "current")]
    [InlineData("importance", "import")]
    [InlineData("ocean", "occasion")]
    public void Root_KeepsApart_WordsThatOnlyLookAlike(string word, string other) =>
        Assert.NotEqual(WordFamily.Root(Stemmer.Stem(word)), WordFamily.Root(Stemmer.Stem(other)));

    private const string Article = """
        Borduria tightens pressure on Ruritanian lenders

        Borduria sanctioned three Ruritanian banks on Tuesday, officials in the capital said.
        The harbour authority of Freedonia published a list of sanctions against shipping firms last year.
        Critics said the corrupt practices of the port board had gone on for a decade.
        Freedonia is dependent on Borduria for its grain.
        Freedonia imports timber from the north.
        """;

    private static readonly Lazy<KnowledgeIndex> LazyMadeUp = new(() =>
    {
        using var seeds = new SeedFolder().With("bordurian-banks.txt", Article);
        return new KnowledgeIndex(SeedLoader.Load(seeds.Path));
    });

    private static Turn TurnAsking(string words, bool loose = false)
    {
        var residual = words.Split(' ').Select(Stemmer.Stem).ToList();
        return new Turn(LazyMadeUp.Value, ConversationState.Empty, Question(words, Intent.General) with { Residual = residual }) { Loose = loose };
    }

    [Theory]
    [InlineData("sanctions", "sanctions against shipping", 1.0)]
    [InlineData("sanctions", "sanctioned three", RankingPolicy.RelatedWordShare)]
    [InlineData("corruption", "corrupt practices", RankingPolicy.RelatedWordShare)]
    [InlineData("corruption", "sanctioned three", 0.0)]
    [InlineData("banks", "sanctions against shipping", 0.0)]
    public void Share_CountsAWordOfTheFamily_ForPartOfTheWord(string asked, string sentencePart, double expected)
    {
        var turn = TurnAsking(asked);
        var sentence = turn.Index.Sentences.Single(s => s.Sentence.Text.Contains(sentencePart, StringComparison.Ordinal));

        Assert.Equal(expected, turn.Share(sentence.Stems, turn.Q.Residual[0]));
    }

    [Theory]
    [InlineData("sanctions", "sanctioned three", true)]
    [InlineData("corruption", "corrupt practices", true)]
    [InlineData("corruption", "sanctioned three", false)]
    [InlineData("banks", "list of sanctions", false)]
    public void CoversLoosely_CountsAWordOfTheFamilyAsSaid_WhenAClaimIsChecked(string asked, string sentencePart, bool expected)
    {
        var index = LazyMadeUp.Value;
        var sentence = index.Sentences.Single(s => s.Sentence.Text.Contains(sentencePart, StringComparison.Ordinal));

        Assert.Equal(expected, index.CoversLoosely(sentence.Stems, Stemmer.Stem(asked)));
        Assert.Equal(expected, TurnAsking(asked, loose: true).Share(sentence.Stems, Stemmer.Stem(asked)) == 1);
    }

    [Theory]
    [InlineData("corruption decade", "corrupt practices")]
    [InlineData("sanctions banks", "sanctioned three")]
    [InlineData("dependency grain", "dependent on Borduria")]
    public void BestSentence_FindsTheSentenceSayingAWordOnlyThroughItsFamily(string words, string expected)
    {
        var best = Ranker.BestSentence(TurnAsking(words), RankingPolicy.EnoughWords);

        Assert.NotNull(best);
        Assert.Contains(expected, best.Sentence.Text, StringComparison.Ordinal);
    }
}
