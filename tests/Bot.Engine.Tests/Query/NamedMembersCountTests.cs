using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How many X ...?" where the article gives no figure but names them in one coordinated list ("talks with Lorvik and
/// Vessany"): the count of the names of the asked kind in that list, which they are, and the sentence.
/// </summary>
public sealed class NamedMembersCountTests : IDisposable
{
    private const string Article = """
        Talks Over the Northern Mission

        By Ada Quill | March 4, 2021

        On May 2, Ivo Sand, the chairman of the Drossian defence committee, said that Drossian officers were holding talks with their colleagues in Lorvik and Vessany about sending peacekeepers to Tarnia.

        Lorvik swiftly denied the claim, while Vessany said it was open to a deployment.

        Drossia has long wanted a larger force in the Northern Belt.

        At the harbour summit, Drossian and Tarnian envoys met in secret.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "Talks over a peacekeeping mission."
          quote: "Lorvik swiftly denied the claim"
        actors:
          - id: drossia
            name: Drossia
            kind: state
            aliases: [Drossian]
            role: "A northern power."
            quote: "Drossia has long wanted a larger force"
          - id: lorvik
            name: Lorvik
            kind: state
            role: "A small northern state."
            quote: "Lorvik swiftly denied the claim"
          - id: vessany
            name: Vessany
            kind: state
            role: "A small northern state."
            quote: "Vessany said it was open to a deployment"
          - id: tarnia
            name: Tarnia
            kind: state
            aliases: [Tarnian]
            role: "A war-torn state."
            quote: "sending peacekeepers to Tarnia"
          - id: ivo-sand
            name: Ivo Sand
            kind: person
            role: "Chairman of the Drossian defence committee."
            quote: "Ivo Sand, the chairman of the Drossian defence committee"
        topics:
          - id: northern-belt
            name: Northern Belt
            quote: "the Northern Belt"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("northern-talks.txt", Article).With("northern-talks.model.yaml", Model);

    public void Dispose() => _seeds.Dispose();

    private Answer Ask(string question) => new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("named-members", question));

    [Theory]
    [InlineData("How many Northern Belt countries were in talks with Drossia about peacekeepers, according to Sand, and which?")]
    [InlineData("How many countries did Sand say were in talks about peacekeepers?")]
    public void Ask_CountsTheNamesOfTheListedKind_NotTheDestination(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("Two countries: Lorvik and Vessany.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LeavesOutTheNameTheQuestionSetsAside()
    {
        var answer = Ask("Besides Lorvik, how many other countries did Sand say were in talks, and which?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("One country: Vessany.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_CountsNoAdjectives_ForNames()
    {
        var answer = Ask("How many countries sent envoys to the harbour summit?");

        Assert.DoesNotContain("Two countries", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_GivesNoCount_WhenNoSentenceSaysTheQuestionsWords()
    {
        var answer = Ask("How many countries signed the grain treaty?");

        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
    }
}
