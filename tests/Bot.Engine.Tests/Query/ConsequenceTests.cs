using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A question asking what a thing brings ("what is the danger of X?") is answered where the article
/// says what the thing could or would do, with the thing named before the modal; a sentence where it only follows the
/// modal tells its cause, and a why-question keeps the explanation.
/// </summary>
public sealed class ConsequenceTests
{
    private const string Text = """
        Lorvik Weighs A Dock Strike

        By Ada Quill | Valley Review | March 4, 2021

        The harbour board feared that a ban on night shifts could trigger a strike by the Lorvik dockers.

        This strike could close the port of Lorvik for weeks and drive the fishing fleet to Hale.

        If the council had sold the old mill, its budget for the quays would have been cut by half.

        The council kept the mill because the townspeople protested against the sale.
        """;

    [Theory]
    [InlineData("What is the danger of the strike for Lorvik?", "close the port")]
    [InlineData("What is the risk of selling the old mill for the council?", "cut by half")]
    public void What_AnswersWithWhatTheThingWouldBring_WhenAskedItsDanger(string question, string expected)
    {
        var answer = DraftedArticle.Ask("strike.txt", Text, question);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Fact]
    public void Why_KeepsTheReason_WhenNoWordAsksWhatItBrings()
    {
        var answer = DraftedArticle.Ask("strike.txt", Text, "Why did the council keep the mill?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("protested", answer.Text);
    }
}
