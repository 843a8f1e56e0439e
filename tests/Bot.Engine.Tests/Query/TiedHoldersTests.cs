using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Who was hopeful ...?" when one sentence gives two actors the same view ("Ruritanian and Bordurian officials were
/// hopeful"): the answer names both, not whichever ranks first.
/// </summary>
public sealed class TiedHoldersTests : IDisposable
{
    private const string Article = """
        Ferry Deal Nears

        By Ada Quill | March 4, 2021

        Ruritanian and Bordurian officials were hopeful that Elbonia would sign the ferry deal.

        Elbonia's minister said on March 2 that no deal had been reached.
        """;

    private const string Model = """
        article:
          source: Harbour Post
          summary: "Two neighbours hope Elbonia signs a ferry deal."
          quote: "Ruritanian and Bordurian officials were hopeful"
        actors:
          - id: ruritania
            name: Ruritania
            kind: state
            aliases: [Ruritanian]
            role: "A neighbour of Elbonia."
            quote: "Ruritanian and Bordurian officials"
          - id: borduria
            name: Borduria
            kind: state
            aliases: [Bordurian]
            role: "Another neighbour of Elbonia."
            quote: "Ruritanian and Bordurian officials"
          - id: elbonia
            name: Elbonia
            kind: state
            role: "The state asked to sign the ferry deal."
            quote: "Elbonia would sign the ferry deal"
        topics:
          - id: ferry-deal
            name: the ferry deal
            aliases: [ferry deal]
            quote: "the ferry deal"
        positions:
          - id: ruritania-on-deal
            actor: ruritania
            topic: ferry-deal
            stance: supports
            statement: "Ruritanian officials were hopeful that Elbonia would sign the ferry deal."
            quote: "Ruritanian and Bordurian officials were hopeful that Elbonia would sign the ferry deal"
          - id: borduria-on-deal
            actor: borduria
            topic: ferry-deal
            stance: supports
            statement: "Bordurian officials were hopeful that Elbonia would sign the ferry deal."
            quote: "Ruritanian and Bordurian officials were hopeful that Elbonia would sign the ferry deal"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("ferry-deal.txt", Article).With("ferry-deal.model.yaml", Model);
    private readonly QueryEngine _engine;

    public TiedHoldersTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Who was hopeful that Elbonia would sign the ferry deal?")]
    [InlineData("who was hopeful elbonia would sign")]
    public void Ask_NamesEveryActorTheSentenceGivesTheView(string question)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Text.Contains("Ruritanian", StringComparison.Ordinal) && answer.Text.Contains("Bordurian", StringComparison.Ordinal), answer.Text);
    }
}
