using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Yes/no claims a drafted article says part of: half the claim said is a claim the article puts otherwise, unless the
/// claim asks whether anything of the kind happened at all, or again; and general paraphrases that say the rest.
/// </summary>
public sealed class ClaimHalfSaidTests
{
    private const string Article = "Port Row\n\nBy Ada Quill | March 4, 2021\n\n"
        + "The harbour council passed a law curbing the fishing unions in July. The next day the governor reversed the law after large protests.\n\n"
        + "The old fishing rules stay in force, and two union leaders went to jail in May. The mayor will repeat her visit to the docks.\n\n"
        + "There have been no high-profile defections from the harbour council. Several prominent captains joined the protests.\n\n"
        + "The fuel depots were hit by rockets on May 8th, just before the smuggling scandal broke.\n\n"
        + "The mayor held a public meeting in the square. The captains went to the harbour council in June.\n";

    private static Answer Ask(string question) => DraftedArticle.Ask("port.txt", Article, question);

    [Fact]
    public void YesNo_SaysTheArticleDoesNotPutItSo_WhenASentenceSaysHalfTheClaim()
    {
        var answer = Ask("Did the law curbing the fishing unions stay in force after the protests?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No, not in those words.", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("did anyone go to jail over the law curbing the fishing unions?")]
    [InlineData("did any1 go to jail over the law curbing the fishing unions?")]
    [InlineData("Did the harbour council repeat the law curbing the fishing unions?")]
    public void YesNo_LeavesItUntold_WhenTheClaimAsksWhetherAnythingOfTheKindHappenedAtAllOrAgain(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Status == AnswerStatus.Unknown && answer.Text.StartsWith("The article doesn't say.", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Is it true that no prominent members defected from the harbour council?")]
    [InlineData("Did rockets hit the fuel depots shortly before the smuggling scandal went public?")]
    public void YesNo_ConfirmsTheClaim_WhenTheSentenceSaysItsWordInAGeneralSynonym(string question) =>
        Assert.StartsWith("Yes", Ask(question).Text, StringComparison.Ordinal);

    /// <summary>Half a claim said of another actor, in the shipped article: another's denial is not the claim in other words.</summary>
    [Fact]
    public void YesNo_LeavesItUntold_WhenTheSentenceSayingHalfTheClaimDoesNotNameItsSubject()
    {
        var answer = SeededEngine.Ask("Did the Kyrgyz parliament vote to approve sending troops?");

        Assert.True(answer.Status == AnswerStatus.Unknown, answer.Status + ": " + answer.Text);
    }
}
