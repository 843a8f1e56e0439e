using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims whose figure is written in words the article never uses ("a quarter", "a third"): those words say how much,
/// which the figure check holds against the article's own figure, so the claim is checked rather than refused.
/// </summary>
public sealed class FigureWordsClaimTests
{
    private const string Article = """
        Kessberg After The War

        By Ada Quill | March 4, 2021

        Kessberg handed over 10% of its territory after the war, including the valley towns.

        Minister Arlo Venn said the harvest would recover within two years.
        """;

    [Theory]
    [InlineData("Did Kessberg give up a quarter of its territory?", "No")]
    [InlineData("Kessberg gave up a third of its territory, right?", "No")]
    public void Ask_ChecksTheFigure_WhenItsWordsAreNotTheArticles(string question, string opening)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(opening, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Did Kessberg lose a quarter of its cattle?")]
    public void Ask_StaysSilent_WhenTheArticleNeverCountsTheThing(string question)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question);

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
