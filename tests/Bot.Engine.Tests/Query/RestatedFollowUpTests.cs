using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Follow-ups that point at what the last answer told in words of the user's own ("that source of income" of a sentence
/// about money), on an article drafted at load: what is asked of it is told there or just after, and nowhere else.
/// </summary>
public sealed class RestatedFollowUpTests
{
    private const string Text = """
        Oyster Trade Shrinks at Port Alder

          • By Ana Pereira

        Port Alder's oyster farmers met the mayor on Monday. Most of the farmers care more about money than about the harbour vote, says Tom Hale. In the past a large part of that came from selling oysters to Greenwick, but the storm has now closed that trade.

        The mayor promised the farmers new boats after the election.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("oyster-trade.txt", Text, questions);

    [Theory]
    [InlineData("What has happened to that source of income since the storm?")]
    [InlineData("And what became of that source of income after the storm?")]
    public void Ask_AnswersFromTheSentenceAfterTheOneShown_WhenTheFollowUpRestatesWhatItTold(string followUp)
    {
        var answer = Converse("What do the farmers care about more than the vote?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("closed that trade", answer.Text);
    }

    [Theory]
    [InlineData("What has happened to that source of income since the flood?")]
    [InlineData("Who bought that source of income?")]
    public void Ask_DoesNotAnswerFromTheParagraph_WhenItDoesNotTellWhatIsAskedOfTheThingRestated(string followUp)
    {
        var answer = Converse("What do the farmers care about more than the vote?", followUp);

        Assert.DoesNotContain("closed that trade", answer.Text);
    }
}
