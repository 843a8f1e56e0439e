using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "last month?" of an article published in March that says "Last June Keld became a candidate": a claim dated from the
/// article's date is checked against the month the text gives, as a claim naming the month is.
/// </summary>
public sealed class PublicationMonthClaimTests
{
    private const string Article = """
        Keld Moves Closer

        By Ada Quill | March 4, 2021

        Last June Keld became an official candidate for membership of the Northern Union, and the union has now promised aid for ferries.

        Keld's council approved the ferry budget in February, after a long delay.
        """;

    [Theory]
    [InlineData("Did Keld become an official candidate for Northern Union membership last month?")]
    [InlineData("Keld became a candidate for the Northern Union this month, right?")]
    public void Ask_SaysNo_WhenTheTextGivesAnotherMonth(string question) =>
        Assert.StartsWith("No. That was in June", DraftedArticle.Ask("keld.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did Keld's council approve the ferry budget last month?")]
    public void Ask_DoesNotDateOtherwise_TheMonthBeforeTheArticles(string question) =>
        Assert.DoesNotContain("That was in", DraftedArticle.Ask("keld.txt", Article, question).Text, StringComparison.Ordinal);
}
