using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "did the navy lose Brightnet?": a fact about the navy alone that says the opposite word ("seize") is about something
/// else; a sentence naming both the navy and Brightnet and saying the claim's word checks the claim.
/// </summary>
public sealed class OpposedWithoutNameTests : IDisposable
{
    private const string Article = """
        Harbour Signals

        By Ada Quill | March 4, 2021

        Since 2010 the Velmoran navy has fought to seize the two northern valleys of Ostrava.

        Patrols have grown slower, pilots say, since the Velmoran navy this month lost access to Brightnet receivers, which helped it steer its boats.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "A navy loses its signals."
          quote: "Since 2010 the Velmoran navy has fought"
        actors:
          - id: navy
            name: the Velmoran navy
            kind: organisation
            aliases: [navy]
            role: "A navy."
            quote: "the Velmoran navy"
          - id: brightnet
            name: Brightnet
            kind: organisation
            role: "A signal network whose receivers the navy used."
            quote: "since the Velmoran navy this month lost access to Brightnet receivers, which helped it steer its boats"
        events:
          - id: valleys
            date: 2010
            participants: [navy]
            summary: "The navy has fought to seize two valleys."
            quote: "Since 2010 the Velmoran navy has fought to seize the two northern valleys of Ostrava."
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("harbour-signals.txt", Article).With("harbour-signals.model.yaml", Model);
    private readonly QueryEngine _engine;

    public OpposedWithoutNameTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("did the Velmoran navy lose Brightnet?")]
    [InlineData("has the navy lost brightnet??")]
    public void Ask_ChecksTheClaimAgainstTheSentenceNamingBoth_NotAnOppositeSaidOfOneAlone(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Text.StartsWith("Yes", StringComparison.Ordinal) && answer.Text.Contains("lost access to Brightnet", StringComparison.Ordinal), answer.Text);
    }
}
