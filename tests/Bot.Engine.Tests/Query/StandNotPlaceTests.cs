using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>"Where does X stand on Y?" asks X's stance, not a place, on an article drafted at load.</summary>
public sealed class StandNotPlaceTests
{
    private const string Text =
        "Brenmark weighs the harbour deal\nBy Ada Quill\n\n"
        + "Anatolia Brest, the defence minister, opposes the harbour deal with Velmoria. "
        + "She said on Monday that the deal would leave the navy without a port.\n\n"
        + "The talks were held in Lorvik.\n";

    [Theory]
    [InlineData("Where does Anatolia Brest stand on the harbour deal?")]
    [InlineData("where does brest stand on the deal")]
    public void Ask_GivesTheStance_WhenAskedWhereSomeoneStands(string question)
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("opposes the harbour deal", answer.Text);
    }

    [Fact]
    public void Ask_StillGivesThePlace_WhenAskedWhereSomethingHappened()
    {
        var answer = DraftedArticle.Ask("brenmark.txt", Text, "Where were the talks held?");

        Assert.Contains("Lorvik", answer.Text);
    }
}
