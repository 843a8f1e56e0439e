using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Has Borduria run into the same thing?" after a hardship was told: the sentence just after it that names Borduria
/// beside "similarly", "likewise" or "too" says so, in words the question does not use.
/// </summary>
public sealed class LikewiseFollowUpTests
{
    private const string Text = """
        Trawlers Slip Through the Net

          • By Ana Pell

        The legal ambiguity makes enforcement harder. Since the Kestrel cut cables in the Amber Bay, Ruritanian prosecutors have struggled to prove that it was not by accident. Borduria has similarly struggled: one of the ships caught cutting its cables in January had been alternating between two flags.

        Fishermen in Port Alder say the trade hurts them. Borduria's government says it will act.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("trawlers.txt", Text, questions);

    [Theory]
    [InlineData("Has Borduria run into the same thing?")]
    [InlineData("did borduria have the same problem?")]
    [InlineData("Has Borduria faced something similar?")]
    public void Ask_GivesTheSentenceSayingItHoldsOfThemToo_WhenAskedWhetherAnotherSharesWhatWasTold(string followUp)
    {
        var answer = Converse("What makes enforcement harder?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("alternating between two flags", answer.Text);
    }

    [Fact]
    public void Ask_LeavesTheQuestionToTheArticle_WhenItAsksNothingOfTheSame()
    {
        var answer = Converse("What makes enforcement harder?", "Has Borduria won a war?");

        Assert.DoesNotContain("alternating between two flags", answer.Text);
    }
}
