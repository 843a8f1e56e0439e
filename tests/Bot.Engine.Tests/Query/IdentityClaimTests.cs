using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims of what a named body or thing is ("is the Osprey a Danish ship?"), checked against the description the
/// article gives it, as claims of who a person is are.
/// </summary>
public sealed class IdentityClaimTests : IDisposable
{
    private const string Article = """
        Trouble in the Strait

        By Ada Quill | May 2, 2024

        The Osprey, a Danish patrol ship, was sent to check a tanker near the cable.

        The cable is watched by Kestrel Labs, a research group in Oslo, says Mira Holt.

        Norway and Denmark share the strait.
        """;

    private const string Model = """
        article:
          source: Strait Post
          summary: "Navies watch a cable."
          quote: "The Osprey, a Danish patrol ship"
        actors:
          - id: osprey
            name: Osprey
            kind: organisation
            role: "A Danish patrol ship."
            quote: "The Osprey, a Danish patrol ship"
          - id: kestrel-labs
            name: Kestrel Labs
            kind: organisation
            role: "A research group in Oslo."
            quote: "Kestrel Labs, a research group in Oslo"
          - id: denmark
            name: Denmark
            kind: state
            aliases: [Danish]
            role: "Shares the strait."
            quote: "Norway and Denmark share the strait."
          - id: norway
            name: Norway
            kind: state
            aliases: [Norwegian, Oslo]
            role: "Shares the strait."
            quote: "Norway and Denmark share the strait."
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("strait.txt", Article).With("strait.model.yaml", Model);

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Is the Osprey a Danish ship?", "Yes. Osprey: A Danish patrol ship.")]
    [InlineData("Wasn't the Osprey a Danish patrol ship?", "Yes. Osprey: A Danish patrol ship.")]
    [InlineData("Was the Osprey a Norwegian warship?", "No. Osprey: A Danish patrol ship.")]
    [InlineData("Wasn't the Osprey a Norwegian ship?", "No. Osprey: A Danish patrol ship.")]
    [InlineData("Kestrel Labs is a research group in Oslo, right?", "Yes. Kestrel Labs: A research group in Oslo.")]
    [InlineData("Kestrel Labs is a research group in Denmark, isn't it?", "No. Kestrel Labs: A research group in Oslo.")]
    public void Ask_ChecksTheClaimAgainstTheDescription_WhenItSaysWhatANamedThingIs(string question, string start)
    {
        var answer = new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("identity", question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
