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
    private const string Article = """
        Dam Plan Meets Resistance

        By Ada Quill | March 4, 2021

        Resistance to the Varno dam comes from two places: the fishing cooperative of Lake Varno and the hill farmers' union. Both say the lake would flood their land.

        The ministry says the dam will be finished by 2026.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "A dam plan meets resistance from fishers and farmers."
          quote: "Resistance to the Varno dam comes from two places"
        actors:
          - id: ministry
            name: the ministry
            kind: organisation
            role: "The ministry building the dam."
            quote: "The ministry says the dam will be finished by 2026"
        topics:
          - id: dam
            name: the Varno dam
            aliases: [dam]
            quote: "the Varno dam"
        lists:
          - id: resistance
            name: the places resisting the Varno dam
            items: ["the fishing cooperative of Lake Varno", "the hill farmers' union"]
            quote: "the fishing cooperative of Lake Varno and the hill farmers' union"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("varno-dam.txt", Article).With("varno-dam.model.yaml", Model);
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
