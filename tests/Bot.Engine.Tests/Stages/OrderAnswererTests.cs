using Bot.Engine.Model;
using Bot.Engine.Query.Answerers;

namespace Bot.Engine.Tests.Stages;

/// <summary>The time between two dated facts, as precisely as both dates allow.</summary>
public sealed class OrderAnswererTests
{
    [Theory]
    [InlineData("2021-03-03", "2021-03-09", "Six days")]
    [InlineData("2021-03-03", "2021-03-04", "One day")]
    [InlineData("2021-03-03", "2021-04-02", "30 days")]
    [InlineData("2020-12-30", "2021-01-02", "Three days")]
    [InlineData("2020-11", "2021-02", "Three months")]
    [InlineData("2021-03-03", "2021-05", "Two months")]
    [InlineData("2020-01", "2021-01", "Twelve months")]
    [InlineData("2020-01", "2021-02", "13 months")]
    [InlineData("2021", "2021-03-09", "Within the same year")]
    [InlineData("2021-03-09", "2021-03-09", "On the same day")]
    [InlineData("2021-03", "2021-03-20", "Within the same month")]
    [InlineData("2008", "2021", "About 13 years")]
    public void Between_GivesTheIntervalInTheFinestUnitBothDatesHave(string first, string last, string expected) =>
        Assert.Equal(expected, OrderAnswerer.Between(Date(first), Date(last)));

    [Theory]
    [InlineData("2017", "2021", "About four years")]
    [InlineData("2019-05", "2021", "About two years")]
    [InlineData("2020", "2021-03-09", "About one year")]
    public void Between_WritesTheYearsInLowercase_WhenOnlyYearsAreKnown(string first, string last, string expected) =>
        Assert.Equal(expected, OrderAnswerer.Between(Date(first), Date(last)));

    /// <summary>"2021", "2021-03" or "2021-03-09" as a date of that precision.</summary>
    private static FactDate Date(string text)
    {
        var parts = text.Split('-').Select(int.Parse).ToArray();
        return new FactDate(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null, YearInferred: false);
    }
}
