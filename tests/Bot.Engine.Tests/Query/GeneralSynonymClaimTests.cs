using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims in general synonyms of the article's words: "the old Dorn League" of "the former Dorn League", an attribute
/// word that describes a name rather than asking an age; "needs Vell to fix" of "dependent on Vell to repair".
/// </summary>
public sealed class GeneralSynonymClaimTests
{
    private const string Article = """
        Ferro Looks Abroad

        By Ada Quill | March 4, 2021

        Marek Ferro, the governor of Keld, visited Vell in July, marking his first trip outside the territory of the former Dorn League since the strike began.

        Keld is becoming increasingly dependent on Vell to repair its harbour cranes.

        Keld's guards brought their parade uniforms to the border, and some were paraded on Vell state television.
        """;

    [Theory]
    [InlineData("Was the Vell visit Ferro's first trip beyond the old Dorn League since the strike began?")]
    [InlineData("Does Keld need Vell to fix its harbour cranes?")]
    [InlineData("Did Keld's guards bring their parade outfits to the border?")]
    [InlineData("Were some of Keld's guards shown on Vell state TV?")]
    public void Ask_ConfirmsAClaim_InGeneralSynonymsOfTheArticlesWords(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("keld.txt", Article, question).Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_HowOld_IsStillAnAgeTheArticleDoesNotGive() =>
        Assert.False(DraftedArticle.Ask("keld.txt", Article, "How old is Marek Ferro?").Text.StartsWith("Yes", StringComparison.Ordinal));
}
