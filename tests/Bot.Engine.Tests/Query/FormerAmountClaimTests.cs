using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Does it still take 120 days?" of "it takes 45 days, down from 120 days in 2019": the claim's amount is what it used
/// to be, so the claim is a "no"; asked about the year that amount is dated by, it is not.
/// </summary>
public sealed class FormerAmountClaimTests
{
    private const string Article = """
        Flags for Hire

        By Ada Quill | March 4, 2021

        Ships sanctioned by Ruritania are getting new flags in an average of only 45 days, down from 120 days in 2019, according to port records.

        President Vasko says the registries must be closed.
        """;

    [Theory]
    [InlineData("Is it still taking sanctioned ships around 120 days to get new flags?")]
    [InlineData("Do sanctioned ships get new flags in 120 days on average?")]
    public void Ask_SaysNo_WhenTheClaimsAmountIsTheFormerOne(string question)
    {
        var answer = DraftedArticle.Ask("flags.txt", Article, question);
        Assert.StartsWith("No", answer.Text, StringComparison.Ordinal);
        Assert.Contains("only 45 days", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DoesNotDeny_TheFormerAmountInItsYear() =>
        Assert.False(DraftedArticle.Ask("flags.txt", Article, "Did sanctioned ships take 120 days to get new flags in 2019?").Text.StartsWith("No", StringComparison.Ordinal));
}
