using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "when did X start rebuilding its army?": a picture's caption gives the day the picture was taken, not when what is asked
/// happened; the date the article's own telling gives answers.
/// </summary>
public sealed class CaptionDateTests
{
    private const string Text = """
        Lorvik Rearms

        By Ada Quill | Valley Review | March 4, 2026

        Image: Lorvikian army soldiers hold a scouting drone before they launch it on the river front, in Tarn, Lorvik, on January 28, 2026. (Photo by Jo Marsh)

        Many abroad expected the army of Lorvik to collapse within days.

        They ignored the state-building progress of Lorvik since independence, and failed to see the impact of the sweeping military reforms undertaken in the country after the river war of 2014.
        """;

    [Theory]
    [InlineData("when did lorvik start its big military reforms")]
    [InlineData("when did lorvik start doing its military reforms")]
    public void When_DatesFromTheBody_NotFromAPicturesCaption(string question)
    {
        var answer = DraftedArticle.Ask("lorvik-rearms.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("2014", answer.Text, StringComparison.Ordinal);
    }
}
