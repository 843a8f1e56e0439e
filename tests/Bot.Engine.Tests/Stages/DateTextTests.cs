using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.Engine.Tests.Stages;

/// <summary>Dates in question words ("march 3", "the 9th of march", "in 2019") and dates written for a reader.</summary>
public sealed class DateTextTests
{
    [Theory]
    [InlineData("what happened on march 3", null, 3, 3, "3|4")]
    [InlineData("what happened on june 22 2021", 2021, 6, 22, "3|4|5")]
    [InlineData("what happened on 22 june", null, 6, 22, "4|3")]
    [InlineData("what happened on the 9th of march", null, 3, 9, "6|4")]
    [InlineData("3 march 2021 what happened", 2021, 3, 3, "1|0|2")]
    [InlineData("in may 2011", 2011, 5, null, "1|2")]
    [InlineData("in may", null, 5, null, "1")]
    [InlineData("during march", null, 3, null, "1")]
    [InlineData("in 2019", 2019, null, null, "1")]
    [InlineData("jun 22", null, 6, 22, "0|1")]
    [InlineData("sept 1st", null, 9, 1, "0|1")]
    [InlineData("june 40", null, 6, null, "0")]
    public void Find_ReadsTheDate_WhenTheQuestionNamesOne(string question, int? year, int? month, int? day, string tokens)
    {
        var date = DateText.Find(question.Split(' '));

        Assert.NotNull(date);
        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        Assert.Equal(tokens.Split('|').Select(int.Parse), date.Tokens);
    }

    [Theory]
    [InlineData(2020, 8, 9, true, "The vote on August 9th was rigged.", "August 9th (year inferred: 2020)")]
    [InlineData(2023, 2, 9, false, "ON FEBRUARY 9TH, 2023 the mayor spoke.", "February 9th, 2023")]
    [InlineData(2020, 8, 9, true, "The vote on August 9 was rigged.", "August 9 (year inferred: 2020)")]
    [InlineData(2023, null, null, false, "By late 2023 the front had settled.", "late 2023")]
    [InlineData(2023, null, null, false, "In 2023 the front settled.", "2023")]
    public void DescribeAsIn_WritesTheDayAndPartOfYear_AsTheSentenceDoes(int year, int? month, int? day, bool inferred, string text, string expected) =>
        Assert.Equal(expected, DateText.DescribeAsIn(new FactDate(year, month, day, inferred), text));

    [Theory]
    [InlineData("march 9 what did greenwick do", 3, 9)]
    [InlineData("june what happened", 6, null)]
    [InlineData("may 2021 what happened", 5, null)]
    [InlineData("march 3rd was the announcement", 3, 3)]
    public void Find_ReadsTheMonth_WhenTheQuestionStartsWithIt(string question, int month, int? day)
    {
        var date = DateText.Find(question.Split(' '));

        Assert.NotNull(date);
        Assert.Equal((month, day), (date.Month, date.Day));
    }

    [Theory]
    [InlineData("may greenwick refuse the plan")]
    [InlineData("greenwick may refuse the plan")]
    [InlineData("march on the harbour")]
    [InlineData("will they march 40 miles")]
    [InlineData("who is hale")]
    [InlineData("what happened to 999 boats")]
    [InlineData("what happened in 3000")]
    [InlineData("what happened on the 22nd")]
    public void Find_ReturnsNull_WhenNoMonthOrYearIsNamed(string question) =>
        Assert.Null(DateText.Find(question.Split(' ')));

    [Theory]
    [InlineData(2021, 3, 3, false, "March 3, 2021")]
    [InlineData(2021, 3, 3, true, "March 3 (year inferred: 2021)")]
    [InlineData(2019, 5, null, false, "May 2019")]
    [InlineData(2019, 5, null, true, "May (year inferred: 2019)")]
    [InlineData(2019, null, null, false, "2019")]
    [InlineData(2019, null, null, true, "2019 (inferred)")]
    public void Describe_WritesTheDate_AtItsPrecision(int year, int? month, int? day, bool inferred, string expected) =>
        Assert.Equal(expected, DateText.Describe(new FactDate(year, month, day, inferred)));

    [Theory]
    [InlineData(null, 3, null, true)]
    [InlineData(null, 3, 9, true)]
    [InlineData(2021, 3, 9, true)]
    [InlineData(2021, null, null, true)]
    [InlineData(null, 3, 3, false)]
    [InlineData(2020, 3, 9, false)]
    [InlineData(null, 4, null, false)]
    public void Matches_ComparesOnlyTheAskedParts_WhenADateIsPartial(int? year, int? month, int? day, bool expected) =>
        Assert.Equal(expected, DateText.Matches(new FactDate(2021, 3, 9, YearInferred: true), new DateQuery(year, month, day, [])));

    [Theory]
    [InlineData("The Coastal Herald | September 4th 2025", "September 4th 2025")]
    [InlineData("Port Alder, 4 September 2025", "4 September 2025")]
    [InlineData("Published September 4, 2025 in print", "September 4, 2025")]
    [InlineData("The Coastal Herald | September 14th 2025", null)]
    [InlineData("The Coastal Herald | September 2025", null)]
    public void AsWritten_QuotesTheDate_AsTheTextWritesIt(string text, string? written) =>
        Assert.Equal(written, DateText.AsWritten(text, new FactDate(2025, 9, 4, YearInferred: false)));
}
