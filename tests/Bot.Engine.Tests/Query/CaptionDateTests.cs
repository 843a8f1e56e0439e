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

        Image: Lorvik army soldiers drill with a new drone on the quay of Lorvik, on January 28, 2026. (Photo by Jo Marsh)

        Lorvik began rebuilding its army in 2014, after the river war exposed how weak its soldiers were.

        The army now fields more drone crews than any neighbour.
        """;

    [Theory]
    [InlineData("when did lorvik start rebuilding its army")]
    [InlineData("when did lorvik start fixin up its army soldiers")]
    public void When_DatesFromTheBody_NotFromAPicturesCaption(string question)
    {
        var answer = DraftedArticle.Ask("lorvik-rearms.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("2014", answer.Text, StringComparison.Ordinal);
    }
}
