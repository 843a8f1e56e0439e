using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Georgia's capital" is Tbilisi: a country's capital is general knowledge, so a question naming it so is answered from
/// what the article says of the city. When the article never names the capital, the capital is what it lacks.
/// </summary>
public sealed class CountryCapitalTests
{
    private const string Article = """
        Keld Fund Opens Office

        By Ada Quill | March 4, 2021

        The Keld Harbour Fund opened a new office in Tbilisi in May, its director Oren Vale said.

        The fund also lends to grain traders in Armenia.
        """;

    [Theory]
    [InlineData("Did the Keld Harbour Fund open an office in Georgia's capital?")]
    [InlineData("did the keld harbour fund open an office in the capital of georgia")]
    public void Ask_ConfirmsAClaim_AboutACapitalTheArticleNamesByItsName(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("keld.txt", Article, question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_SaysNothingOfACapital_TheArticleNeverNames() =>
        Assert.Contains("doesn't say", DraftedArticle.Ask("keld.txt", Article, "What is the capital of Armenia?").Text, StringComparison.Ordinal);
}
