using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "how many left in 2020?": a figure the article gives for "this year", in an article dated 2022, is 2022's, not the
/// year asked; the figure answers when the year asked is its own.
/// </summary>
public sealed class FigureOfAnotherYearTests
{
    private const string Article = """
        Engineers Leave Velmora

        By Ada Quill | March 4, 2022

        The Harbour Office estimates that 15,000 engineers will leave Velmora this year, most of them for the coast.

        The office has opened two training schools for pilots.
        """;

    [Theory]
    [InlineData("How many engineers left Velmora in 2020?", false)]
    [InlineData("how many engineers leave Velmora in 2019, the year before", false)]
    [InlineData("How many engineers will leave Velmora in 2022?", true)]
    public void Ask_GivesAFigureOnlyForItsOwnYear(string question, bool answered)
    {
        var answer = DraftedArticle.Ask("engineers.txt", Article, question);

        Assert.True(answered ? answer.Status == AnswerStatus.Answered && answer.Text.Contains("15,000", StringComparison.Ordinal)
            : answer.Status == AnswerStatus.Unknown, answer.Status + ": " + answer.Text);
    }
}
