using Bot.Engine.Query;

namespace Bot.Engine.Tests.Stages;

/// <summary>How strongly a fact is linked to each entity, which ranking weighs for every fact of every question.</summary>
public sealed class IndexedFactTests
{
    [Fact]
    public void EntityWeight_GivesTheStrongestLink_ForEveryFactAndEntity()
    {
        var index = StageIndex.Harbour;

        foreach (var fact in index.Facts)
        {
            foreach (var id in index.Entities.Keys.Append("nobody"))
            {
                var expected = fact.Declared.Contains(id) ? RankingPolicy.DeclaredLink
                    : fact.Related.Contains(id) ? RankingPolicy.RelatedLink
                    : fact.Mentioned.Contains(id) ? RankingPolicy.MentionedLink : 0.0;
                Assert.Equal(expected, fact.EntityWeight(id));
            }
        }
    }

    [Theory]
    [InlineData("roe-on-dredging", "roe", RankingPolicy.DeclaredLink)]
    [InlineData("roe-on-dredging", "port-alder", RankingPolicy.RelatedLink)]
    [InlineData("roe-on-dredging", "greenwick", 0.0)]
    public void EntityWeight_WeighsTheLink_WhenAskedAboutAnEntity(string factId, string entity, double expected) =>
        Assert.Equal(expected, StageIndex.Fact(factId).EntityWeight(entity));
}
