using Bot.Engine.Query;
using Bot.Engine.Query.Answerers;

namespace Bot.Engine.Tests.Stages;

/// <summary>A date a sentence gives that is a near miss of a claim's: another date, the same in its day, month or year.</summary>
public sealed class NearDateTests
{
    [Theory]
    [InlineData(2024, 11, 28, 2024, 10, 28, true)]
    [InlineData(null, 12, 22, null, 12, 25, true)]
    [InlineData(2016, 10, null, 2017, 10, null, true)]
    [InlineData(2024, 11, 28, 2024, 11, 28, false)]
    [InlineData(2024, 11, null, 2024, 11, 28, false)]
    [InlineData(2019, 3, 4, 2024, 10, 28, false)]
    [InlineData(2024, null, null, 2024, 10, 28, false)]
    public void SharesPart_TellsANearMissFromTheSameDateOrAnother(int? year, int? month, int? day, int? askedYear, int? askedMonth, int? askedDay, bool near) =>
        Assert.Equal(near, YesNoAnswerer.SharesPart(new DateQuery(year, month, day, []), new DateQuery(askedYear, askedMonth, askedDay, [])));
}
