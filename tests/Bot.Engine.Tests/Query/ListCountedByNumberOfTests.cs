using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Number of farmers resisting the dam?" asks a count as plainly as "how many farmers ...?": a list whose head names
/// other things ("the places resisting the dam") counts no farmers, however many of the question's words its items
/// share; a list headed by what is counted is still counted.
/// </summary>
public sealed class ListCountedByNumberOfTests : IDisposable
{
    private readonly SeedFolder _seeds = VarnoDamArticle.Seeds("the places resisting the Varno dam");
    private readonly QueryEngine _engine;

    public ListCountedByNumberOfTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Number of farmers resisting the Varno dam?")]
    [InlineData("number of hill farmers in the union resisting the dam")]
    public void Ask_DoesNotCountTheList_WhenTheNumberAskedIsOfSomethingElse(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.DoesNotContain("fishing cooperative", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Number of places resisting the Varno dam?")]
    [InlineData("how many places resist the dam?")]
    public void Ask_CountsTheList_WhenItsHeadIsWhatIsCounted(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.Contains("fishing cooperative", answer.Text, StringComparison.Ordinal);
    }
}
