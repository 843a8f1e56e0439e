using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How many opposition groups are there?" when the annotation lists them under another head ("the two sources of
/// resistance to the dam") and names them "opposition groups" only as an alias: the bot's own count of the list answers,
/// though no number stands before "groups" in the answer or its quote.
/// </summary>
public sealed class ListCountedByAliasTests : IDisposable
{
    private readonly SeedFolder _seeds = VarnoDamArticle.Seeds("the two sources of resistance to the Varno dam", "opposition groups", "opponents");
    private readonly QueryEngine _engine;

    public ListCountedByAliasTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("how many opposition groups are there?")]
    [InlineData("how many groups are against the dam?")]
    public void Ask_CountsTheList_WhenTheQuestionCountsItUnderAnAlias(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("hill farmers", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DoesNotCountTheList_WhenTheQuestionCountsSomethingElse()
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), "how many turbines will the dam have?"));

        Assert.DoesNotContain("hill farmers", answer.Text, StringComparison.Ordinal);
    }
}
