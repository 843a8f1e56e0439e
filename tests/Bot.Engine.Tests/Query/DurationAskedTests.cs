using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How long would it take ...?", "how long til they ...?": a length of time is asked, so the sentence giving a number of
/// months answers, asked outright or as a follow-up, and a sentence giving only a count of things does not. On an
/// article drafted at load.
/// </summary>
public sealed class DurationAskedTests
{
    private const string Text =
        "Ferry troubles\nBy Ada Quill\n\n"
        + "The Lorvik Ferry Company lost its licence in March. The company would likely take six months to win back its licence, said a port official, giving rivals a window to grow.\n\n"
        + "Rivals have ordered 12 new boats to carry the extra passengers.\n";

    [Theory]
    [InlineData("How long would it take the Lorvik Ferry Company to win back its licence?")]
    [InlineData("how long til the lorvik ferry company wins back its licence")]
    public void Ask_GivesTheLengthOfTime_WhenAskedHowLongSomethingTakes(string question)
    {
        var answer = DraftedArticle.Ask("ferry.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("six months", answer.Text);
    }

    [Fact]
    public void Ask_GivesTheLengthOfTime_WhenAFollowUpAsksHowLongTilTheyDoIt()
    {
        var answer = DraftedArticle.Converse("ferry.txt", Text, "What did the Lorvik Ferry Company lose in March?", "how long til they win it back");

        Assert.Contains("six months", answer.Text);
    }

    private const string StateText =
        "Harbour rule\nBy Ada Quill\n\n"
        + "Kessberg has dominated the northern harbours for more than two centuries, taxing every boat that docks there. Minister Arlo Venn visited 14 harbours this spring.\n\n"
        + "Should Kessberg lose its dominant power over the northern harbours, rivals would move in.\n\n"
        + "Experts had expected the old sea wall to collapse in a matter of weeks. It still stands.\n";

    [Theory]
    [InlineData("For how long has Kessberg been the dominant power in the northern harbours?", "two centuries")]
    [InlineData("how long has kessberg had dominant power over the harbours", "two centuries")]
    [InlineData("How long did experts give the old sea wall before it would collapse?", "matter of weeks")]
    public void Ask_GivesTheLengthOfTime_WhenAskedHowLongAStateHasHeld(string question, string expected)
    {
        var answer = DraftedArticle.Ask("harbour.txt", StateText, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Fact]
    public void Ask_DoesNotTakeACountForALengthOfTime()
    {
        var answer = DraftedArticle.Ask("ferry.txt", Text, "how long until rivals get the new boats?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
