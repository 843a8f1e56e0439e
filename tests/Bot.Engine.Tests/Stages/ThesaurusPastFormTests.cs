using Bot.Engine.Query;
using Bot.Engine.Text;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A claim word's general synonyms are found in the forms an article writes them: the past and "-ing" forms the stemmer
/// cuts apart from the word a synonym group lists ("authorising" of "authorise").
/// </summary>
public sealed class ThesaurusPastFormTests
{
    private static readonly KnowledgeIndex Empty = new(new([]));

    [Theory]
    [InlineData("allowed", "The assembly passed a law authorising the coast guard of Kessberg to board trawlers.")]
    [InlineData("permitted", "Minister Arlo Venn authorized the patrols last week.")]
    [InlineData("acknowledged", "Minister Arlo Venn recognised the new council of Kessberg.")]
    [InlineData("pledged", "Arlo Venn promised new roads to the town of Kessberg.")]
    public void CoversLoosely_FindsASynonym_WrittenInItsPastOrIngForm(string claimWord, string sentence) =>
        Assert.True(Empty.CoversLoosely(Words.Stems(sentence).ToHashSet(StringComparer.Ordinal), Stemmer.Stem(claimWord)));

    [Theory]
    [InlineData("allowed", "The assembly passed a law obliging the coast guard of Kessberg to board trawlers.")]
    public void CoversLoosely_FindsNoSynonym_WhenTheSentenceSaysAnotherDeed(string claimWord, string sentence) =>
        Assert.False(Empty.CoversLoosely(Words.Stems(sentence).ToHashSet(StringComparer.Ordinal), Stemmer.Stem(claimWord)));
}
