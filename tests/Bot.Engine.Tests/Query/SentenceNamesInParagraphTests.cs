using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Yes/no claims checked against a sentence that leaves some of the claim's names to the sentences before it in its
/// paragraph ("the two countries", "another activist ... on identical charges").
/// </summary>
public sealed class SentenceNamesInParagraphTests : IDisposable
{
    private const string Article = """
        River Towns Hold Firm

        By Ada Quill | March 4, 2021

        Vesna Kolar, a leading opposition figure, was arrested in March on charges of treason. In May, another activist, Tomas Brek, was detained on identical charges.

        Ruritania and Borduria have traded across the Oster river for centuries. Today only one bridge links the two countries, and a second is planned.

        Mayor Ivo Sand leads the river town of Lorvik.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "Two river towns hold firm."
          quote: "Vesna Kolar, a leading opposition figure"
        actors:
          - id: vesna-kolar
            name: Vesna Kolar
            kind: person
            aliases: [Kolar]
            role: "A leading opposition figure."
            quote: "Vesna Kolar, a leading opposition figure"
          - id: tomas-brek
            name: Tomas Brek
            kind: person
            aliases: [Brek]
            role: "An activist."
            quote: "another activist, Tomas Brek"
          - id: ruritania
            name: Ruritania
            kind: state
            role: "A river state."
            quote: "Ruritania and Borduria"
          - id: borduria
            name: Borduria
            kind: state
            role: "A river state."
            quote: "Ruritania and Borduria"
          - id: ivo-sand
            name: Ivo Sand
            kind: person
            role: "Mayor of Lorvik."
            quote: "Mayor Ivo Sand leads the river town of Lorvik"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("river-towns.txt", Article).With("river-towns.model.yaml", Model);
    private readonly QueryEngine _engine;

    public SentenceNamesInParagraphTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Was Tomas Brek charged with the same offence as Vesna Kolar?", AnswerStatus.Answered, "Yes")]
    [InlineData("Does just a single bridge connect Ruritania and Borduria at the moment?", AnswerStatus.Answered, "Yes")]
    [InlineData("Was Ivo Sand charged with the same offence as Vesna Kolar?", AnswerStatus.Unknown, "The article doesn't say")]
    public void Ask_ChecksASentenceLeavingNamesToItsParagraph_InSynonymsOrWhenItNamesTheSubject(string question, AnswerStatus status, string start)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Status == status && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
