using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What word does the mayor use for it?": "word" names what is asked for. In an article that writes "world" but never
/// "word", it is not a typo of "world", which would send the question to the sentence about the world.
/// </summary>
public sealed class WordingCueTests
{
    private const string Article = """
        Ferries at a standstill

        By Jo Bloggs

        The ferry line is one of the busiest in the world, officials in Lorvik said on May 9.

        Mayor Ana Brill said the closure was only a "pause" while the cranes are repaired.
        """;

    [Theory]
    [InlineData("what word does the mayor use for the closure?")]
    [InlineData("which word did the mayor use for the closure?")]
    [InlineData("what label does the mayor give the closure?")]
    public void Parse_ReadsTheCueAsWhatIsAsked_NotAsATypoOfAnArticleWord(string question)
    {
        using var seeds = new SeedFolder().With("ferries.txt", Article);
        var index = new KnowledgeIndex(SeedLoader.Load(seeds.Path));

        var q = QuestionParser.Parse(index, question);

        Assert.DoesNotContain("world", q.Residual);
        Assert.Contains("closur", q.Residual);
    }
}
