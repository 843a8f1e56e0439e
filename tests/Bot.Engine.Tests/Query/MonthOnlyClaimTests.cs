using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "in January?" of "Last June Keld became a candidate": a claim dated by a month alone, where the text says it with only
/// another month and no year, is dated otherwise; the same month bears it out.
/// </summary>
public sealed class MonthOnlyClaimTests
{
    private const string Article = """
        Keld Moves Closer

        By Ada Quill | March 4, 2021

        Last June Keld became an official candidate for membership of the Northern Union, and the union has now promised aid for ferries.

        The harbour toll was raised again this spring.
        """;

    [Theory]
    [InlineData("Keld became a candidate for the Northern Union in January, is it true?")]
    [InlineData("Did Keld become an official candidate for Northern Union membership in October?")]
    public void Ask_SaysNo_WhenTheTextGivesAnotherMonth(string question) =>
        Assert.StartsWith("No", DraftedArticle.Ask("keld.txt", Article, question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_DoesNotDeny_TheSameMonth() =>
        Assert.False(DraftedArticle.Ask("keld.txt", Article, "Did Keld become an official candidate for Northern Union membership in June?").Text.StartsWith("No", StringComparison.Ordinal));
}
