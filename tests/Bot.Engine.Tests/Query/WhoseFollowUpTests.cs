using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Whose statement was he rebutting?" then "what's that guy's job?": the owner a "whose" question asks for is someone
/// the question does not name, so "that guy" and "he" next mean the owner, not the one the question was about, on an
/// annotated article whose fact declares only the one who rebutted and on one drafted at load.
/// </summary>
public sealed class WhoseFollowUpTests : IDisposable
{
    private const string Article = """
        Ruritania Denies Harbour Talks

        By Ana Pereira | May 4, 2024

        On May 2 Victor Kolar, Borduria's trade minister, announced that Ruritania would join the harbour project.

        The next day Ruritania's foreign minister Tom Hale swiftly denied Kolar's statement, telling reporters that "Ruritania is not negotiating with anyone."

        Mr Hale later flew to Greenwick to meet fishermen.
        """;

    private const string Model = """
        article:
          source: Harbour Post
          summary: "Ruritania denies talks on a harbour project."
          quote: "Ruritania is not negotiating with anyone"
        actors:
          - id: kolar
            name: Victor Kolar
            kind: person
            aliases: [Kolar]
            role: "Borduria's trade minister."
            quote: "Victor Kolar, Borduria's trade minister"
          - id: hale
            name: Tom Hale
            kind: person
            aliases: [Hale]
            role: "Ruritania's foreign minister."
            quote: "Ruritania's foreign minister Tom Hale"
        topics:
          - id: harbour-project
            name: the harbour project
            aliases: [harbour project]
            quote: "join the harbour project"
        positions:
          - id: hale-on-harbour-project
            actor: hale
            topic: harbour-project
            stance: opposes
            statement: "Tom Hale denied Kolar's statement, telling reporters that 'Ruritania is not negotiating with anyone.'"
            keywords: [deny, reject]
            quote: "Ruritania is not negotiating with anyone"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("harbour-talks.txt", Article).With("harbour-talks.model.yaml", Model);

    public void Dispose() => _seeds.Dispose();

    private Answer Converse(params string[] questions)
    {
        var engine = new QueryEngine(SeedLoader.Load(_seeds.Path));
        Answer? last = null;
        foreach (var question in questions)
            last = engine.Ask(new Question("c", question));
        return last!;
    }

    [Theory]
    [InlineData("What's that guy's job?")]
    [InlineData("What is his job?")]
    public void Ask_ReadsThePointerAsTheOwnerAskedFor_AfterAWhoseQuestion(string followUp)
    {
        var answer = Converse("What did Tom Hale tell reporters?", "And whose statement was he denying?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("Victor Kolar", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ReadsThePointerAsTheOwnerAskedFor_OnAnArticleDraftedAtLoad()
    {
        var answer = DraftedArticle.Converse("harbour-talks.txt", Article, "What did Tom Hale tell reporters?", "And whose statement was he denying?", "What's that guy's job?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("trade minister", answer.Text);
    }

    [Fact]
    public void Ask_KeepsThePersonAskedAbout_AfterAQuestionNamingHim()
    {
        var answer = Converse("Who is Tom Hale?", "What is his job?");

        Assert.StartsWith("Tom Hale", answer.Text, StringComparison.Ordinal);
    }
}
