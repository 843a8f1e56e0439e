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
    private const string Article = """
        Dam Plan Meets Resistance

        By Ada Quill | March 4, 2021

        Resistance to the Varno dam comes from two places: the fishing cooperative of Lake Varno and the hill farmers' union. Both groups say the lake would flood their land.

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
            name: the two sources of resistance to the Varno dam
            aliases: [opposition groups, opponents]
            items: ["the fishing cooperative of Lake Varno", "the hill farmers' union"]
            quote: "the fishing cooperative of Lake Varno and the hill farmers' union"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("varno-dam.txt", Article).With("varno-dam.model.yaml", Model);
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
