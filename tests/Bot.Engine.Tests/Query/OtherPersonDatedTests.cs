using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "When was X sworn in as prime minister?": the date of another person's swearing-in, found by the office they share,
/// is no date of X's; the person whose deed it is gets it.
/// </summary>
public sealed class OtherPersonDatedTests
{
    private const string Article = """
        Kessberg Changes Leaders

        Lena Holt, the prime minister of Kessberg, resigned on 10 February 2023. Holt was sworn in as prime minister in March 2021 and led a coalition of three parties. Holt said the coalition had run its course.

        Dana Roe, the new prime minister, is a former judge.
        """;

    [Theory]
    [InlineData("When was Dana Roe sworn in as prime minister?", AnswerStatus.Unknown, "")]
    [InlineData("When was Lena Holt sworn in?", AnswerStatus.Answered, "March 2021")]
    public void Ask_DatesADeedOnlyOfThePersonAsked(string question, AnswerStatus status, string date)
    {
        var answer = DraftedArticle.Ask("leaders.txt", Article, question);

        Assert.True(answer.Status == status && answer.Text.Contains(date, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
