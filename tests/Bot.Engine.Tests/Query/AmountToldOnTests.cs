using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How much money is Ruritania's navy budget?" when the sentence on the budget gives only its rise and the next one
/// gives the sum ("The sum is still small: about €40m"): the answer goes on with that sentence rather than say the
/// article gives no number, on an article drafted at load.
/// </summary>
public sealed class AmountToldOnTests
{
    private const string Text = """
        Ruritania Rebuilds Its Navy

          • By Ana Pereira

        This year Ruritania's navy budget will rise by 45% compared with last year. The sum is still small: about €40m, or 0.3% of output, according to the navy chief. He says his sailors train on borrowed boats.

        Fishermen in the port of Velko doubt the new patrol boats will arrive before the summer.
        """;

    private static Answer Ask(string question) => DraftedArticle.Ask("ruritania-navy.txt", Text, question);

    [Theory]
    [InlineData("How much money is the Ruritania navy budget this year?")]
    [InlineData("how much money does ruritania spend on its navy budget")]
    public void Ask_GoesOnWithTheSum_WhenTheSentenceFoundGivesOnlyTheRise(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("€40m", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DoesNotGoOn_WhenTheNextSentenceGivesNoAmount()
    {
        var answer = Ask("How much money do the Velko fishermen earn?");

        Assert.DoesNotContain("€40m", answer.Text, StringComparison.Ordinal);
    }
}
