using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Follow-ups on an article drafted at load that lean on what was just shown: "she" for a person whose gender the
/// article never shows, "she" for the writer framing what the article says, and "what did he say there?" after the
/// sentence telling of an occasion; "it" after a question that asked about something in words and named no thing.
/// </summary>
public sealed class FollowUpContextTests
{
    private const string Text = """
        Harbour Dispute Deepens in Port Alder

          • By Kim Sorel

        Robin Vale, an analyst at the Lakeside Institute, argues that dredging the harbour would ruin the oyster beds.

        Mr Tom Hale, Greenwick's council leader, argues that the harbour should be sold to a shipping firm.

        On July 2 fishermen marched through Port Alder. The next day Mr Hale flew to the Kestrel shipyard to calm its workers. Instead, the workers began chanting for him to resign. “I will not sell your jobs,” Mr Hale shouted back.

        Mr Hale later visited the Greenwick oyster farm. “Greenwick will never sell the harbour,” he said at a press conference in the capital.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("harbour-dispute.txt", Text, questions);

    [Theory]
    [InlineData("Who is Robin Vale?", "What does she argue about the dredging?", "oyster beds")]
    [InlineData("What does Robin Vale argue?", "And where does she work?", "Lakeside Institute")]
    public void Ask_ReadsSheAsThePersonOfUnknownGender_WhenNoOneSpokenOfIsKnownToBeAWoman(string first, string followUp, string expected)
    {
        var answer = Converse(first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Theory]
    [InlineData("What does she say about the oyster beds?")]
    [InlineData("And what does she think will ruin the oyster beds?")]
    public void Ask_ReadsThePronounForTheWriterAsTheAuthor_SoTheArticleAnswersWhatTheyAreAsked(string followUp)
    {
        var answer = Converse("Who wrote the article?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("would ruin the oyster beds", answer.Text);
    }

    [Theory]
    [InlineData("Then what does he claim the real aim was?")]
    [InlineData("So what does he think about the harbour sale?")]
    // Not only a view: whatever is asked of "he" with no one spoken of is asked of the writer.
    [InlineData("Does he say dredging would ruin the oyster beds?")]
    [InlineData("How many reasons does she give for the march?")]
    public void Ask_ReadsThePronounAsTheWriter_WhenNoOneSpokenOfFitsIt(string followUp)
    {
        var answer = Converse("When did the fishermen march?", followUp);

        Assert.DoesNotContain("not sure who", answer.Text);
    }

    [Fact]
    public void Ask_ReadsThePronounAsThePersonNamed_WhenTheQuestionNamesOne()
    {
        var answer = Converse("When did the fishermen march?", "What did Mr Hale say in his press conference?");

        Assert.Contains("will never sell the harbour", answer.Text);
    }

    [Theory]
    [InlineData("What did he say to the workers there?")]
    [InlineData("And what did he say then?")]
    public void Ask_GivesWhatWasSaidOnTheOccasionShown_WhenTheFollowUpPointsThere(string followUp)
    {
        var answer = Converse("Who flew to the Kestrel shipyard?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("I will not sell your jobs", answer.Text);
    }

    [Theory]
    [InlineData("What did he say about the harbour?")]
    [InlineData("What did he say to the workers on July 2?")]
    public void Ask_LeavesTheOccasionShown_WhenTheFollowUpDoesNotPointThere(string followUp)
    {
        var answer = Converse("Who flew to the Kestrel shipyard?", followUp);

        Assert.DoesNotContain("I will not sell your jobs", answer.Text);
    }

    private const string AmberBay = """
        Ruritania Tightens Its Fishing Rules

          • By Ana Pell

        Ruritania and Borduria have argued over the Amber Bay since 1990. Ruritania sent two patrol boats to the bay in March.

        The Ruritanian parliament approved a harbour levy on foreign trawlers last week. The levy will begin in September, officials said.

        Bordurian fishermen say the levy will ruin them.
        """;

    [Fact]
    public void Ask_ReadsItAsWhatWasAskedInWords_WhenTheLastQuestionNamedNoThing()
    {
        var answer = DraftedArticle.Converse("amber-bay.txt", AmberBay, "What did Ruritania do in March?", "What is the harbour levy?", "When will it begin?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("September", answer.Text);
    }

    private const string HarbourSuppliers = """
        Harbour Suppliers Under Scrutiny

          • By Ana Pereira

        One of the top suppliers named in the report, Kestrel Marine Trading Ltd. (and its Alder sister company), moved goods worth nearly $12 million between 2022 and 2024. Kestrel is not sanctioned by any government, the report said.

        Fishermen in Port Alder say the trade hurts them.
        """;

    [Theory]
    [InlineData("which company was one of the top suppliers")]
    [InlineData("What firm was one of the top suppliers?")]
    public void Ask_ReadsItAsTheOneAnswered_WhenTheLastQuestionAskedForAKindOfBody(string first)
    {
        var answer = DraftedArticle.Converse("harbour-suppliers.txt", HarbourSuppliers, first, "is it sanctioned?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Kestrel is not sanctioned", answer.Text);
    }
}
