using Bot.Engine.Query.Answerers;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Shares and counts written as words: "a quarter of the land" is 25 in a hundred as "half of it" is 50, and "a dozen"
/// is twelve. A claim giving one share is not borne out by a sentence giving another.
/// </summary>
public sealed class ShareWordClaimTests
{
    private const string Article = """
        Keld Retakes the Coast

        By Ada Quill | March 4, 2021

        By the end of 2020, Keld had retaken around half of the land seized by Vossland in the first weeks of the war.

        Seven dock owners from Port Alder were charged with smuggling.
        """;

    [Theory]
    [InlineData("Keld retook a quarter of the land.", "25")]
    [InlineData("Two thirds of the vote and one fifth of the seats.", "67 20")]
    [InlineData("A dozen owners were charged.", "12")]
    [InlineData("It won a third term in the first quarter.", "")]
    public void Numbers_ReadsSharesAndDozens_WrittenAsWords(string text, string numbers) =>
        Assert.Equal(numbers, string.Join(' ', AmountCheck.Numbers(text)));

    [Theory]
    [InlineData("By the end of 2020, had Keld retaken roughly a quarter of the land Vossland seized?")]
    [InlineData("Had Keld retaken three quarters of the land seized by Vossland?")]
    [InlineData("were like a dozen dock owners from Port Alder charged with smuggling?")]
    public void Ask_DoesNotConfirm_AnotherShareOrCount(string question) =>
        Assert.False(DraftedArticle.Ask("coast.txt", Article, question).Text.StartsWith("Yes", StringComparison.Ordinal));

    [Fact]
    public void Ask_Confirms_TheSameShare() =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("coast.txt", Article, "By the end of 2020, had Keld retaken about half of the land Vossland seized?").Text, StringComparison.Ordinal);
}
