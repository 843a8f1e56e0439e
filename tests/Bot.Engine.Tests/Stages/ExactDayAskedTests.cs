using Bot.Engine.Query.Answerers;

namespace Bot.Engine.Tests.Stages;

/// <summary>"On what exact date ...?", "which dates in May?": only an answer giving a day of the month, or a weekday, tells it; a year, a month or a season does not.</summary>
public sealed class ExactDayAskedTests
{
    [Theory]
    [InlineData("on what exact date did vane visit kessberg", "In late 2021 Admiral Ada Vane visited Kessberg.", true)]
    [InlineData("on what exact date did vane visit kessberg", "Vane visited Kessberg in March 2021.", true)]
    [InlineData("the precise day the toll was passed", "The toll was passed in the spring.", true)]
    [InlineData("on what exact date did vane visit kessberg", "Vane visited Kessberg on March 3, 2021.", false)]
    [InlineData("on what exact date did vane visit kessberg", "Vane visited Kessberg on the 3rd of March.", false)]
    [InlineData("on what exact date did vane visit kessberg", "Vane visited Kessberg on Tuesday.", false)]
    [InlineData("when did vane visit kessberg", "In late 2021 Admiral Ada Vane visited Kessberg.", false)]
    [InlineData("on which dates in may did vane visit kessberg", "In May alone Vane visited Kessberg twice.", true)]
    [InlineData("on which dates in may did vane visit kessberg", "Vane visited Kessberg on May 3 and May 9.", false)]
    [InlineData("which dates matter most for kessberg", "In May alone Vane visited Kessberg twice.", false)]
    public void LacksExactDayAsked_WhenOnlyAYearMonthOrSeasonIsGiven(string question, string answer, bool lacks) =>
        Assert.Equal(lacks, AnswerChecks.LacksExactDayAsked(question, answer));
}
