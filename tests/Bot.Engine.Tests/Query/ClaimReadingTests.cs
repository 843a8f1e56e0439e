using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Questions read in the words that answer them: a drafted article (no annotation) whose sentences carry side clauses,
/// others' stances and events that leave a place out, and an annotated one whose fact names someone else than a claim does.
/// </summary>
public sealed class ClaimReadingTests : IDisposable
{
    private const string Article = """
        Valley Towns Part Ways

        By Ada Quill | March 4, 2021

        One of the ways Brenmark has shown its independence has been in hosting river peace talks in Lorvik.

        As the farmers openly called for the resignation of the Lower Valley Council in 2019, Mayor Ivo Sand's desire to prevent unrest amongst this group likely contributed to his decision not to raise taxes in Brenmark.

        Mayor Ivo Sand leads Brenmark, a river town of farmers.

        The fishermen of Lorvik openly called for the resignation of the Harbour Board in 2020.

        Voters went to the polls on May 3rd 2020 and chose Ivo Sand as mayor in a disputed election.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "Two valley towns part ways."
          quote: "Mayor Ivo Sand leads Brenmark"
        actors:
          - id: ivo-sand
            name: Ivo Sand
            kind: person
            role: "Mayor of Brenmark."
            quote: "Mayor Ivo Sand leads Brenmark"
          - id: fishermen
            name: fishermen of Lorvik
            kind: group
            aliases: [fishermen]
            role: "Fishermen."
            quote: "The fishermen of Lorvik"
          - id: harbour-board
            name: Harbour Board
            kind: organisation
            role: "Runs the harbour."
            quote: "the Harbour Board"
        topics:
          - id: board-resignation
            name: board resignation
            description: "The fishermen of Lorvik openly called for the resignation of the Harbour Board."
            quote: "The fishermen of Lorvik openly called for the resignation of the Harbour Board in 2020."
        positions:
          - id: fishermen-on-board-resignation
            actor: fishermen
            topic: board-resignation
            stance: supports
            statement: "The fishermen of Lorvik openly called for the resignation of the Harbour Board."
            quote: "The fishermen of Lorvik openly called for the resignation of the Harbour Board in 2020."
        events:
          - id: board-resignation-call
            date: 2020
            participants: [fishermen, harbour-board]
            summary: "The fishermen of Lorvik called for the resignation of the Harbour Board."
            quote: "The fishermen of Lorvik openly called for the resignation of the Harbour Board in 2020."
        """;

    private readonly SeedFolder _drafted = new SeedFolder().With("valley-towns.txt", Article);
    private readonly SeedFolder _annotated = new SeedFolder().With("valley-towns.txt", Article).With("valley-towns.model.yaml", Model);

    public void Dispose()
    {
        _drafted.Dispose();
        _annotated.Dispose();
    }

    private static void AssertStarts(SeedFolder seeds, string question, string start)
    {
        var answer = new QueryEngine(SeedLoader.Load(seeds.Path)).Ask(new Question("claims", question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("has brenmark hosted peace negotiations on the river war?", "Yes.")]
    [InlineData("did the farmers call for the council to resign in 2019?", "Yes.")]
    [InlineData("did the fishermen call for the harbour board to resign?", "Yes.")]
    public void YesNo_ConfirmsTheClaim_WhenItsOwnOppositeWordsOrAnothersStanceInASideClauseStandNearIt(string question, string start) =>
        AssertStarts(_drafted, question, start);

    [Fact]
    public void YesNo_SaysTheArticleDoesNotPutItSo_WhenTheFactSaysMostOfTheClaimButNotADetailOfIt() =>
        AssertStarts(_annotated, "did the fishermen of lorvik openly call for the resignation of the harbour board and the farmers?", "No, not in those words.");

    [Fact]
    public void YesNo_SaysNo_WhenTheFactSaysItOfAnotherBodyThanThePersonTheClaimNames() =>
        AssertStarts(_annotated, "did the fishermen call for ivo sand to resign?", "No.");

    [Fact]
    public void When_DatesTheEventFromASentenceLeavingThePlaceOut_WhenNoDatedFactNamesThePlace() =>
        AssertStarts(_drafted, "when was the election in brenmark?", "May 3rd, 2020:");

    [Fact]
    public void When_GivesTheDateOfTheAnswerJustShown_WhenTheFollowUpAsksSinceWhen()
    {
        var engine = new QueryEngine(SeedLoader.Load(_drafted.Path));
        engine.Ask(new Question("since", "did the voters choose ivo sand as mayor?"));

        var answer = engine.Ask(new Question("since", "since when exactly?"));

        Assert.StartsWith("May 3rd, 2020:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_SaysATopicsStanceOnce_WhenItRepeatsTheDescription()
    {
        var answer = new QueryEngine(SeedLoader.Load(_annotated.Path)).Ask(new Question("topic", "what is the board resignation?"));

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(answer.Text, "openly called for the resignation"));
    }
}
