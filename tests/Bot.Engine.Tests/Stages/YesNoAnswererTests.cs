using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>Yes/no questions about the harbour article: agreement, opposites, negations, dates and who someone is.</summary>
public sealed class YesNoAnswererTests
{
    private static void AssertAnswers(string question, string start)
    {
        var answer = Answer(question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    private static Answer Answer(string question) =>
        YesNoAnswerer.YesNo(new Turn(Harbour, ConversationState.Empty, RefusalPolicy.Decide(QuestionParser.Parse(Harbour, question)).Question)).Answer;

    [Theory]
    [InlineData("did greenwick reject the plan", "Yes.")]
    [InlineData("did greenwick accept the plan", "No.")]
    [InlineData("didn't greenwick reject the plan", "Yes.")]
    [InlineData("didn't greenwick accept the plan", "No.")]
    [InlineData("did greenwick not reject the plan", "No.")]
    [InlineData("did roe oppose dredging", "No.")]
    [InlineData("does greenwick oppose dredging", "Yes.")]
    [InlineData("is roe the mayor of port alder", "Yes. Jane Roe: Mayor of Port Alder.")]
    [InlineData("is hale the mayor", "No. Tom Hale:")]
    [InlineData("is hale from greenwick", "Yes. Tom Hale:")]
    [InlineData("hale is port alder's mayor, right?", "No. Tom Hale:")]
    [InlineData("hale is greenwick's council leader?", "Yes. Tom Hale:")]
    [InlineData("is hale an opposition leader", "No. Tom Hale:")]
    [InlineData("did greenwick refuse the plan on march 9", "Yes")]
    [InlineData("did greenwick reject dredging because of its fishing industry", "Yes")]
    public void YesNo_AnswersYesOrNoFirst_WhenAFactSpeaksToTheClaim(string question, string start) =>
        AssertAnswers(question, start);

    [Theory]
    [InlineData("did hale say anything about the harbour", "Yes. Tom Hale argued")]
    [InlineData("did greenwick say anything about the harbour", "Yes. Tom Hale argued")]
    [InlineData("did hale comment on the harbour", "Yes. Tom Hale argued")]
    [InlineData("did roe say anything about the harbour", "The article doesn't report Jane Roe saying anything")]
    [InlineData("did roe say something about greenwick", "The article doesn't report Jane Roe saying anything")]
    [InlineData("did hale say anything about the mayor's powers", "The article doesn't report Tom Hale saying anything")]
    public void YesNo_AnswersWhetherSomeoneSpokeOfIt_FromTheirOwnWordsOnly(string question, string start)
    {
        var answer = Answer(question);

        Assert.True(answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("did roe support dredging", "Yes.")]
    [InlineData("does greenwick support dredging", "No.")]
    public void YesNo_AnswersFromThePositionsStance_WhenAskedWithTheStanceWord(string question, string start) =>
        AssertAnswers(question, start);

    [Theory]
    [InlineData("did greenwick reject the plan on march 3")]
    [InlineData("did greenwick reject the plan in 2020")]
    public void YesNo_SaysNoWithTheRightDate_WhenTheClaimGivesTheWrongDate(string question) =>
        AssertAnswers(question, "No. That was March 9");

    [Theory]
    [InlineData("did the council's rules expand the mayor's powers", "No.")]
    [InlineData("did the council's rules reduce the mayor's powers", "Yes.")]
    public void YesNo_LetsTheClaimsWordsOverruleAPositionsStance_WhenTheyContradictTheFact(string question, string start) =>
        AssertAnswers(question, start);

    [Theory]
    [InlineData("did port alder dredge the harbour")]
    [InlineData("has the harbour been dredged")]
    public void YesNo_SaysTheArticleDoesNotSayItHappened_WhenTheFactOnlyPlansOrWantsIt(string question)
    {
        var answer = Answer(question);

        Assert.True(answer.Status == AnswerStatus.Unknown && answer.Text.StartsWith("The article doesn't say that happened", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("has the harbour already been dredged")]
    [InlineData("has port alder dredged the harbour yet")]
    public void YesNo_SaysNotYet_WhenTheClaimSaysItHasHappenedAndTheFactOnlyPlansIt(string question) =>
        AssertAnswers(question, "No, not yet.");

    [Theory]
    [InlineData("can greenwick's refusal be explained only by its fishing industry", "only")]
    [InlineData("did the council completely reduce the mayor's powers", "completely")]
    [InlineData("does greenwick always reject dredging", "always")]
    [InlineData("did greenwick reject everything in the dredging plan", "everything")]
    public void YesNo_SaysNo_WhenTheClaimIsMoreAbsoluteThanTheFact(string question, string absolute) =>
        AssertAnswers(question, $"No. The article doesn't go as far as \"{absolute}\".");

    [Theory]
    [InlineData("did a Nordic firm announce a plan to dredge the harbour", "No. The article doesn't mention Nordic. What it says: ")]
    [InlineData("the author is a reporter at Northfield, right?", "No. Lena Ortiz: Reporter for the Coastal Herald")]
    [InlineData("is the author a reporter at Northfield?", "No. Lena Ortiz: Reporter for the Coastal Herald")]
    [InlineData("the author is a reporter for the Coastal Herald, right?", "Yes. Lena Ortiz: Reporter for the Coastal Herald")]
    [InlineData("the author is based at Northfield?", "No. Lena Ortiz: Reporter for the Coastal Herald")]
    [InlineData("the author is working for the Coastal Herald?", "Yes. Lena Ortiz: Reporter for the Coastal Herald")]
    [InlineData("did roe announce her plan to the Lakeside Gazette", "No. The article doesn't mention Lakeside Gazette. What it says: ")]
    public void YesNo_SaysNo_WhenAClaimDescribesSomeoneOrSomethingWithANameNoArticleUses(string question, string start) =>
        AssertAnswers(question, start);

    [Theory]
    [InlineData("is greenwick for dredging or against")]
    [InlineData("did greenwick accept the plan or reject it")]
    public void YesNo_SaysWhatTheArticleSaysWithoutAVerdict_WhenTheQuestionOffersTwoAnswers(string question)
    {
        var answer = Answer(question);

        Assert.StartsWith("The article says: ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void YesNo_QuotesTheArticlesOwnSentence_WhenItSaysAllTheFactsSummaryDoes()
    {
        var answer = Answer("did roe announce a plan to dredge the harbour");

        Assert.StartsWith("Yes. On March 3, Mayor Jane Roe of Port Alder announced a plan to dredge the shared harbour.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is hale tied to greenwick", "Yes.")]
    [InlineData("is hale tied to greenwick rather than port alder", "Yes.")]
    [InlineData("is hale tied to port alder rather than greenwick", "No.")]
    [InlineData("is hale tied to port alder instead of greenwick", "No.")]
    public void YesNo_ChecksTheClaimWithoutTheAlternativeItSetsAside(string question, string start) =>
        AssertAnswers(question, start);

    [Theory]
    [InlineData("did the new rules give the mayor more powers over the harbour", "No.")]
    [InlineData("the mayor's powers up since the new rules?", "No.")]
    [InlineData("the mayor's powers down since the new rules?", "Yes.")]
    public void YesNo_SaysNo_WhenTheFactSaysTheOppositeOfTheClaimsDegree(string question, string start) =>
        AssertAnswers(question, start);

    [Theory]
    [InlineData("does the article say Nolan rejected the plan?", "No. The article doesn't mention Nolan. What it says: ")]
    [InlineData("the article names Nolan Brandt as greenwick's council leader, correct?", "No. The article doesn't mention Nolan Brandt.")]
    [InlineData("does the article mention Ruritania?", "No. The article doesn't mention Ruritania.")]
    public void YesNo_SaysNoWithTheNameItLacks_WhenAskedWhetherTheArticleSaysAClaimNamingSomeoneItNeverMentions(string question, string start) =>
        AssertAnswers(question, start);

    [Theory]
    [InlineData("did hale argue that the rivalry means 'the harbour should be left'?", "Yes. Tom Hale, as the article reports:")]
    [InlineData("did hale argue that the oyster beds mean 'the harbour should be left'?", "Yes. Tom Hale, as the article reports:")]
    [InlineData("did roe argue that the oyster beds mean 'the harbour should be left'?", "No. The article gives those words to Tom Hale:")]
    public void YesNo_FindsTheQuotedWordsAsTheyStand_WhenTheClaimSaysSomeoneSaidThem(string question, string start) =>
        AssertAnswers(question, start);

    [Fact]
    public void YesNo_SaysTheArticleIsSilent_WhenAClaimNotFramedAsTheArticlesNamesSomeoneItNeverMentions() =>
        Assert.Equal(AnswerStatus.Unknown, Answer("did Nolan reject the plan?").Status);

    [Fact]
    public void YesNo_SaysNo_WhenTheFactSaysTheClaimWithoutADetailNoArticleNames()
    {
        var answer = Answer("did roe announce a plan to dredge the harbour with Nolan");

        Assert.StartsWith("No. The article doesn't mention Nolan. What it says: ", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was greenwick rejected by roe", "No. On March 3, Mayor Jane Roe")]
    [InlineData("was the plan announced by roe", "Yes.")]
    public void YesNo_ChecksWhoActed_WhenAPassiveClaimNamesThemAfterBy(string question, string start) =>
        AssertAnswers(question, start);

    [Theory]
    [InlineData("was hale rejected by port alder")]
    [InlineData("was roe backed by hale")]
    public void YesNo_DoesNotAnswerFromWhoSomeoneIs_WhenTheClaimIsSomethingThatHappenedToThem(string question) =>
        Assert.DoesNotMatch(@"^(Yes|No)\. [^.:]+:", Answer(question).Text);

    [Fact]
    public void YesNo_SaysTheArticleNeverMentionsTheDetail_WhenNoFactSaysTheRestOfTheClaim()
    {
        var answer = Answer("did roe reject the oyster beds with Nolan");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.StartsWith("The article doesn't say anything about \"Nolan\"", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did roe want to dredge the harbour", "Yes.")]
    [InlineData("did roe plan to dredge the harbour", "Yes.")]
    public void YesNo_ConfirmsAWishOrPlan_WhenTheClaimSpeaksOfOne(string question, string start) =>
        AssertAnswers(question, start);

    [Fact]
    public void YesNo_ConfirmsInOtherWords_WhenTheFactSaysAllTheClaimsWordsTheArticlesUse()
    {
        var answer = Answer("did greenwick flatly reject the plan");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("Yes, in other words: ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void YesNo_DoesNotDescribeThePerson_WhenTheClaimIsAboutSomethingOfTheirs()
    {
        var answer = Answer("was roe's plan about the oyster beds");

        Assert.DoesNotContain("Jane Roe: Mayor", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did greenwick spurn the plan", "Yes.")]
    [InlineData("did greenwick approve the plan", "No.")]
    public void YesNo_ReadsGeneralSynonymsAndOpposites_WhenTheArticleUsesAnotherWord(string question, string start) =>
        AssertAnswers(question, start);

    [Theory]
    [InlineData("does the article say that hale blocked the dredging plan in court", AnswerStatus.Answered, "No")]
    [InlineData("did hale block the dredging plan in court", AnswerStatus.Unknown, "The article doesn't say")]
    public void YesNo_AnswersNo_WhenAskedWhetherTheArticleSaysWhatItDoesNot(string question, AnswerStatus status, string start)
    {
        var answer = Answer(question);

        Assert.Equal(status, answer.Status);
        Assert.StartsWith(start, answer.Text, StringComparison.Ordinal);
    }
}
