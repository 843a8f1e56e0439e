using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Yes/no claims naming a topic that the sentence saying the claim words otherwise ("a blockade of Bordurian grain"
/// for "the Bordurian grain blockade"): the topic's words are checked as the claim's own.
/// </summary>
public sealed class TopicWordsClaimTests : IDisposable
{
    private const string Article = """
        Grain Rows Deepen

        By Ada Quill | March 4, 2021

        Officials in Lorvik fear a Bordurian grain blockade this summer.

        Ruritania would respond to any blockade of Bordurian grain with export taxes of its own.

        Mayor Ivo Sand leads the river town of Lorvik.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "Grain rows deepen."
          quote: "Officials in Lorvik fear"
        actors:
          - id: ruritania
            name: Ruritania
            kind: state
            role: "A river state."
            quote: "Ruritania would respond"
          - id: ivo-sand
            name: Ivo Sand
            kind: person
            role: "Mayor of Lorvik."
            quote: "Mayor Ivo Sand leads the river town of Lorvik"
        topics:
          - id: grain-blockade
            name: Bordurian grain blockade
            quote: "a Bordurian grain blockade"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("grain.txt", Article).With("grain.model.yaml", Model);
    private readonly QueryEngine _engine;

    public TopicWordsClaimTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("Would Ruritania answer the Bordurian grain blockade with export taxes?", AnswerStatus.Answered, "Yes. The article says: \"Ruritania would respond")]
    [InlineData("Would Ivo Sand answer the Bordurian grain blockade with export taxes?", AnswerStatus.Unknown, "The article doesn't say")]
    public void Ask_ChecksTheTopicsWordsInTheSentence_WhenNoSentenceNamesTheTopic(string question, AnswerStatus status, string start)
    {
        var answer = _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

        Assert.True(answer.Status == status && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
