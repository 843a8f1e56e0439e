using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How much grain does each barge carry?": an amount of a mass is asked, which a quantity in a unit gives, but no count
/// of barges or of anything else the sentence names. On an article drafted at load.
/// </summary>
public sealed class MassAmountTests
{
    private const string Text =
        "River trade\nBy Ada Quill\n\n"
        + "Ruritania is thought to run a shadow fleet of between 300 and 800 grain barges to carry and sell its grain down the Vell river.\n\n"
        + "One rusty barge, the Marten, shows how slippery the identities of barges are, and how they blur the lines between carrying illicit grain and smuggling.\n\n"
        + "Last year the Lorvik mills ground 2 million tonnes of wheat from the southern farms.\n\n"
        + "Borduria sends between 400 and 1,200 salt barges to carry its salt to market.\n";

    [Theory]
    [InlineData("How much grain does each barge carry?")]
    [InlineData("How much grain the Marten barge was carrying?")]
    [InlineData("How much salt does each Bordurian barge carry?")]
    public void Ask_SaysTheArticleDoesNotSay_WhenOnlyCountsOfOtherThingsAreGiven(string question)
    {
        var answer = DraftedArticle.Ask("river.txt", Text, question);

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Theory]
    [InlineData("How much wheat did the Lorvik mills grind last year?", "2 million tonnes")]
    [InlineData("How many grain barges does Ruritania run?", "800")]
    [InlineData("How many salt barges does Borduria send?", "1,200")]
    public void Ask_GivesTheAmount_WhenItIsMeasuredOrCounted(string question, string expected)
    {
        var answer = DraftedArticle.Ask("river.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }
}
