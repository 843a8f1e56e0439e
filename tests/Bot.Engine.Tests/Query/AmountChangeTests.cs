using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How much has the price gone up?" asks a change, not a sum: a multiple ("has doubled") or a share ("up 30%") gives it
/// as well as a sum of money would.
/// </summary>
public sealed class AmountChangeTests
{
    private const string Text = """
        Lorvik Market Squeezed

        By Ada Quill | Valley Review | March 4, 2021

        Drought has hit the valley hard. Barley may be grown only in five districts next year, not the usual 17. The price of barley in Lorvik has doubled in a year; turnips are up 30%. Ivo Sand, the mayor of Lorvik, blames the river.

        The council spends €2m a year on the river dams.
        """;

    [Theory]
    [InlineData("how much is the price of barley going up in lorvik?", "doubled")]
    [InlineData("how much has the price of barley risen in lorvik?", "doubled")]
    public void Ask_GivesTheChange_FromASentenceGivingAMultipleOrShare(string question, string change)
    {
        var answer = DraftedArticle.Ask("market.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(change, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotTakeANumberThatIsNoChange_ForTheChange()
    {
        var answer = DraftedArticle.Ask("market.txt", Text, "how much is barley going up?");

        Assert.DoesNotContain("five districts", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StillAsksASumOfMoney_WhenNoChangeIsAsked()
    {
        var answer = DraftedArticle.Ask("market.txt", Text, "how much does the lorvik council spend on the river dams?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("€2m", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
