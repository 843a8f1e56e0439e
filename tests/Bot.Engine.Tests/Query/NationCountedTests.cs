using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "what share of Georgians back the plan?" of "Georgia, with over 70% of citizens backing the plan": a nation's people
/// are counted as its citizens, voters or population, so the share given of them answers.
/// </summary>
public sealed class NationCountedTests
{
    private const string Text = """
        Kessberg Plan Wins Support

        By Ada Quill | Valley Review | March 4, 2021

        Georgia, with over 70% of citizens backing the river canal plan, has never seen such a rush of new trade. Minister Arlo Venn said the canal would open next year.

        The mayor of Kessberg said the city would not give in.
        """;

    [Theory]
    [InlineData("What share of Georgians back the river canal plan?", "70%")]
    [InlineData("what percentage of Georgians support the canal plan", "70%")]
    public void Ask_CountsANationInItsCitizens(string question, string expected)
    {
        var answer = DraftedArticle.Ask("canal.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
