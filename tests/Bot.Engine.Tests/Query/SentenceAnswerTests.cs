using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Questions an annotation has no fact for, checked against the article's sentences: the annotation names only
/// the two actors, so every claim is read from the text.
/// </summary>
public sealed class SentenceAnswerTests : IDisposable
{
    private const string Article = """
        Valley Towns Drift Apart

        By Ada Quill | March 4, 2021

        Officials in Lorvik were optimistic that Brenmark would agree to send engineers to the dam.

        Corvale repeatedly claimed to have repaired the old bridge, until a photo showed it still broken.

        Brenmark's loyalty to Corvale could also explain Mayor Ivo Sand's decision to skip the October 2016 summit in Lorvik.

        Mayor Ivo Sand leads Brenmark, a river town of farmers.

        Corvale and Brenmark share the upper valley.

        The head of the Brenmark committee on finance, Ode Lind, said the dam was safe.

        Corvale's farmers were optimistic about the dam.

        Mayor Ivo Sand inspected the dam on Monday.

        "The walls will hold," he said. "We built them to last."

        "Nobody listens to farmers," says Lena Moss, who grows barley below the dam.

        "We will keep asking until someone does."

        "Don't open the gates, the river is rising," shouted one farmer, a retired teacher named Pia Stone.

        "The sluices are older than the town," insists a local engineer.

        The Lower Valley Council voted to repair the dam, which won 54% of the budget.

        The new rules oblige all non-profit farm groups receiving more than 20% of their funds from Corvale to register.

        Heavy reparations were paid to the Lower Valley Council for a decade.

        Ode Lind denies any wrongdoing. Detectives found a golden statue in a flat owned by Ivo Sand.
        """;

    private const string Model = """
        article:
          source: Valley Post
          summary: "Two valley towns drift apart."
          quote: "Officials in Lorvik were optimistic"
        actors:
          - id: brenmark
            name: Brenmark
            kind: state
            role: "A river town of farmers."
            quote: "Brenmark, a river town of farmers"
          - id: ivo-sand
            name: Ivo Sand
            kind: person
            aliases: [Sand]
            role: "Mayor of Brenmark."
            affiliation: brenmark
            quote: "Mayor Ivo Sand leads Brenmark"
          - id: ode-lind
            name: Ode Lind
            kind: person
            aliases: [Lind]
            role: "Head of the committee on finance."
            quote: "Ode Lind"
          - id: lower-valley-council
            name: Lower Valley Council
            kind: organisation
            role: "The council of the lower valley."
            quote: "The Lower Valley Council voted to repair the dam"
        topics:
          - id: dam
            name: the dam
            aliases: [dam]
            quote: "engineers to the dam"
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("valley-towns.txt", Article).With("valley-towns.model.yaml", Model);
    private readonly QueryEngine _engine;

    public SentenceAnswerTests() => _engine = new QueryEngine(SeedLoader.Load(_seeds.Path));

    public void Dispose() => _seeds.Dispose();

    private Answer Ask(string question) => _engine.Ask(new Question(Guid.NewGuid().ToString(), question));

    private void AssertAnswers(string question, AnswerStatus status, string start)
    {
        var answer = Ask(question);

        Assert.True(answer.Status == status && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("did Ivo Sand skip the summit in October 2017?", AnswerStatus.Answered, "No. That was October 2016. The article says: \"Brenmark's loyalty")]
    [InlineData("did brenmark agree to send engineers to the dam?", AnswerStatus.Unknown, "The article doesn't say that happened")]
    [InlineData("did corvale repair the old bridge?", AnswerStatus.Unknown, "The article doesn't say that happened")]
    [InlineData("does the article report that corvale repaired the old bridge?", AnswerStatus.Answered, "No. The article doesn't say that happened")]
    [InlineData("did corvale say it repaired the old bridge?", AnswerStatus.Answered, "Yes")]
    [InlineData("do the rules oblige farm groups receiving more than 20% of their funds from corvale to register?", AnswerStatus.Answered, "Yes")]
    [InlineData("do the rules oblige farm groups receiving more than half of their funds from corvale to register?", AnswerStatus.Answered, "No.")]
    [InlineData("did the dam win more than 60% of the budget?", AnswerStatus.Answered, "No. The article says: \"The Lower Valley Council voted")]
    [InlineData("did the dam win over half of the budget?", AnswerStatus.Answered, "Yes. The article says: \"The Lower Valley Council voted")]
    [InlineData("did the dam win 54% of the budget?", AnswerStatus.Answered, "Yes")]
    [InlineData("did the dam win all of the 54% of the budget?", AnswerStatus.Answered, "No. The article doesn't go as far as \"all\"")]
    public void Ask_ChecksTheClaimAgainstTheSentence_WhenItGetsTheDateOrFigureWrongOrOnlyExpectedOrClaimedIt(string question, AnswerStatus status, string start) =>
        AssertAnswers(question, status, start);

    [Theory]
    [InlineData("Brenmark paid heavy reparations to the Lower Valley Council, right?", AnswerStatus.Answered, "Yes. The article says: \"Heavy reparations")]
    [InlineData("did brenmark pay the lower valley council reparations for a decade?", AnswerStatus.Answered, "Yes. The article says: \"Heavy reparations")]
    [InlineData("The golden statue was found in Ode Lind's flat, right?", AnswerStatus.Answered, "No. The article says that of Ivo Sand")]
    public void Ask_ChecksASentenceThatLeavesTheMainSubjectOrAnEarlierNameUnsaid_UnlessItNamesAnotherInItsPlace(string question, AnswerStatus status, string start) =>
        AssertAnswers(question, status, start);

    [Theory]
    [InlineData("why were corvale's farmers optimistic about the dam's future back then?", AnswerStatus.Answered, "The article says: \"Corvale's farmers were optimistic about the dam.\"")]
    [InlineData("why did the lower valley council vote to repair the bridge?", AnswerStatus.Unknown, "The article doesn't explain that.")]
    public void Ask_AnswersWhyWithTheSentenceSayingHalfOfIt_UnlessAnotherSentenceHoldsTheWordItLacks(string question, AnswerStatus status, string start) =>
        AssertAnswers(question, status, start);

    [Theory]
    [InlineData("what did the brenmark finance minister say about the dam?", AnswerStatus.Unknown, "The article doesn't name a finance minister.")]
    [InlineData("what did the head of the finance committee say about the dam?", AnswerStatus.Answered, "The article says: \"The head of the Brenmark committee")]
    [InlineData("which summit did finance minister Ivo Sand skip?", AnswerStatus.Answered, "The article says: \"Brenmark's loyalty")]
    [InlineData("where were the farmers optimistic about the dam?", AnswerStatus.Unknown, "The article doesn't say where.")]
    [InlineData("where was the summit ivo sand skipped?", AnswerStatus.Answered, "The article says: \"Brenmark's loyalty")]
    public void Ask_NeedsWhatIsAskedFor_WhenASentenceAnswersAnOfficeOrAPlaceQuestion(string question, AnswerStatus status, string start) =>
        AssertAnswers(question, status, start);

    [Theory]
    [InlineData("what did Ivo Sand do in October 2016?", "The article says: \"Brenmark's loyalty")]
    [InlineData("what did Ivo Sand do in October?", "The article says: \"Brenmark's loyalty")]
    [InlineData("what did Ivo Sand do in 2016?", "The article says: \"Brenmark's loyalty")]
    public void Ask_AnswersWhatSomeoneDidOnADate_WithTheSentenceAboutThemGivingThatDate(string question, string start) =>
        AssertAnswers(question, AnswerStatus.Answered, start);

    [Fact]
    public void Ask_AnswersWhoFromTheSentenceJustShown_WhenTheFollowUpPointsBackAtIt()
    {
        var shown = _engine.Ask(new Question("follow-up", "what happened with the engineers for the dam?"));
        var answer = _engine.Ask(new Question("follow-up", "who was optimistic about it?"));

        Assert.Contains("Officials in Lorvik were optimistic", shown.Text, StringComparison.Ordinal);
        Assert.Contains("Officials in Lorvik were optimistic", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who said 'we built them to last'?", "Ivo Sand, as the article reports")]
    [InlineData("who said 'nobody listens to farmers'?", "Lena Moss, as the article reports")]
    [InlineData("who said 'we will keep asking until someone does'?", "Lena Moss, as the article reports")]
    [InlineData("did ivo sand say that the walls will hold?", "Yes. Ivo Sand, as the article reports")]
    [InlineData("who said 'don't open the gates'?", "Pia Stone, as the article reports")]
    [InlineData("who said 'the sluices are older than the town'?", "A local engineer, as the article reports")]
    [InlineData("who described the sluices as 'older than the town'?", "A local engineer, as the article reports")]
    [InlineData("is ivo sand the source of the claim that the walls will hold?", "Yes. Ivo Sand, as the article reports")]
    [InlineData("is ivo sand the source for the quote 'nobody listens to farmers'?", "No. The article gives those words to Lena Moss")]
    [InlineData("did ivo sand say that nobody listens to farmers?", "No. The article gives those words to Lena Moss")]
    public void Ask_NamesTheSpeakerTheQuotationsTagGives_WhenNoStatementHoldsTheWords(string question, string start) =>
        AssertAnswers(question, AnswerStatus.Answered, start);

    [Theory]
    [InlineData("did the LVC vote to repair the dam?", "Yes")]
    [InlineData("whos ode lind", "Head of the committee on finance")]
    [InlineData("what percent of the budget did the dam get?", "54%")]
    public void Ask_ReadsInitialsAPercentSignAndWhoRunIntoIs_AsTheArticleAndReadersWriteThem(string question, string expected)
    {
        var answer = Ask(question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("what problems does the lower valley council face?")]
    [InlineData("which rules does brenmark have for farm groups? list them")]
    public void Ask_DoesNotSpeakOfOpinions_WhenAListOrProblemQuestionAsksNone(string question) =>
        Assert.DoesNotContain("thinks", Ask(question).Text, StringComparison.Ordinal);
}
