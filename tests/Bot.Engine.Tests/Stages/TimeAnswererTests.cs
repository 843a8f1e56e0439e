using Bot.Engine.Model;
using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;
using Bot.Engine.Query.Pipeline;
using static Bot.Engine.Tests.Stages.StageIndex;

namespace Bot.Engine.Tests.Stages;

/// <summary>The stretch of time a timeline question asks for, and which dated facts fall in it.</summary>
public sealed class TimeAnswererTests
{
    private static ParsedQuestion Asked(string words) =>
        Question(words, Intent.OnDate) with { Date = DateText.Find(words.Split(' ')) };

    [Theory]
    [InlineData("timeline from 2014 to 2025", 2025)]
    [InlineData("timeline of inflection points 2014 through 2025", 2025)]
    [InlineData("timeline of the dated events 2022 onward", 9999)]
    [InlineData("what happened in 2022 onwards", 9999)]
    public void Until_EndsThePeriod_WhereTheQuestionSaysOrRunsItOn(string words, int endYear) =>
        Assert.Equal(endYear, TimeAnswerer.Until(Asked(words))?.Year);

    [Theory]
    [InlineData("what happened in 2014 and who was there")]
    [InlineData("timeline of 2014")]
    [InlineData("what happened in 2022 on the border")]
    public void Until_GivesNoPeriod_WhenOnlyOneDateIsAsked(string words) =>
        Assert.Null(TimeAnswerer.Until(Asked(words)));

    [Theory]
    [InlineData(2014, null, true)]
    [InlineData(2014, 3, true)]
    [InlineData(2025, null, true)]
    [InlineData(2013, null, false)]
    [InlineData(2026, 1, false)]
    public void InPeriod_HoldsADateOnlyAsPreciseAsTheStart(int year, int? month, bool within) =>
        Assert.Equal(within, TimeAnswerer.InPeriod(new FactDate(year, month, null, YearInferred: false),
            new DateQuery(2014, null, null, [0]), new DateQuery(2025, null, null, [1])));
}
