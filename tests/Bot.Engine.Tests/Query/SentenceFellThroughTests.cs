using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims that something happened which the article's sentences tell only as a plan that fell through:
/// the annotation names only the actors, so the claim is read from the text, and the answer shows how it ended.
/// </summary>
public sealed class SentenceFellThroughTests : IDisposable
{
    private const string Article = """
        Valley Talks

        By Ada Quill | March 4, 2021

        Mayor Ivo Sand had been meant to fly to Lorvik on May 3rd to meet Ode Lind. That meeting was cancelled at the last minute.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "Valley talks fall through."
          quote: "Mayor Ivo Sand had been meant to fly to Lorvik"
        actors:
          - id: ivo-sand
            name: Ivo Sand
            kind: person
            aliases: [Sand]
            role: "Mayor."
            quote: "Mayor Ivo Sand"
          - id: ode-lind
            name: Ode Lind
            kind: person
            aliases: [Lind]
            role: "An official."
            quote: "Ode Lind"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("valley-talks.txt", Article).With("valley-talks.model.yaml", Model);
    private readonly QueryEngine _engine;

    public SentenceFellThroughTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("did Ivo Sand meet Ode Lind in Lorvik?", "That meeting was cancelled at the last minute.")]
    [InlineData("the sand lind meeting in lorvik went ahead right", "That meeting was cancelled at the last minute.")]
    public void Ask_SaysNoAndShowsHowItEnded_WhenASentenceTellsTheClaimOnlyAsAPlanThatFellThrough(string question, string ending)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains("It goes on: \"" + ending, StringComparison.Ordinal), answer.Text);
    }
}
