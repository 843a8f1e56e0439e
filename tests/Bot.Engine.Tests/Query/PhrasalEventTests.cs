using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "When did the ministers sign off on the plan?": a verb and its particle ask of one event, which the article says in
/// the one word they mean ("approved"), so its date answers; "call off" means cancelling, which the article does not tell.
/// </summary>
public sealed class PhrasalEventTests
{
    private const string Article = """
        Ruritania rebuilds its army

        By Jo Bloggs

        On February 14th 2023 a meeting of Borduria's defence ministers approved another plan to help Ruritania rebuild its army.

        In March 2023 the ministers visited the border posts of Ruritania.
        """;

    [Theory]
    [InlineData("When did Borduria's defence ministers sign off on the new plan for Ruritania?")]
    [InlineData("when did the defence ministers sign off on helping ruritania")]
    public void Ask_GivesTheDateOfTheApproval_WhenAskedWithThePhrasalVerb(string question)
    {
        var answer = DraftedArticle.Ask("army.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("February 14", answer.Text);
    }

    [Fact]
    public void Ask_GivesNoDate_WhenThePhrasalVerbMeansAnEventTheArticleDoesNotTell()
    {
        var answer = DraftedArticle.Ask("army.txt", Article, "When did the defence ministers call off the plan for Ruritania?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
