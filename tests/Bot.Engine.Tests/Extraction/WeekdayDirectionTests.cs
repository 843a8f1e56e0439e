using Bot.Engine.Extraction;
using Bot.Engine.Model;

namespace Bot.Engine.Tests.Extraction;

/// <summary>
/// A weekday is dated from the article's own date: the one before it, unless "next" or the clause it stands in tells of what
/// is still to come. The article here is dated Sunday, 12 October 2025.
/// </summary>
public sealed class WeekdayDirectionTests
{
    private static readonly FactDate Published = new(2025, 10, 12, false);

    [Theory]
    [InlineData("The crews walked off the job on Monday.", "2025-10-06")]
    [InlineData("Last Friday the board met in private.", "2025-10-10")]
    [InlineData("Talks are due to resume on Monday, the union said.", "2025-10-13")]
    [InlineData("The board will vote on Friday.", "2025-10-17")]
    [InlineData("The court is expected to rule on Wednesday.", "2025-10-15")]
    [InlineData("Next Monday the ferries sail again.", "2025-10-13")]
    [InlineData("The mayor said on Tuesday, when the strike began, that she will not step in.", "2025-10-07")]
    [InlineData("Talks will go on, the minister said on Thursday.", "2025-10-09")]
    public void Find_DatesAWeekdayBackOrAhead_ByWhatItsClauseTells(string sentence, string expected)
    {
        var found = Assert.Single(Weekdays.Find(sentence, Published, []));

        Assert.Equal(expected, $"{found.Date.Year:D4}-{found.Date.Month:D2}-{found.Date.Day:D2}");
    }
}
