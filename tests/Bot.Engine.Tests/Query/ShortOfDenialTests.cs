using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Ruritania stopped short of sending troops" denies that it sent them, as "fell short of" denies what follows. A stance
/// of support the sentence also gives ("has backed Borduria's campaign") does not confirm the deed it denies of the claim's
/// names.
/// </summary>
public sealed class ShortOfDenialTests
{
    private const string Article = """
        Ruritania and the War

        By Ada Quill | March 4, 2021

        Ruritania has backed Borduria's campaign with fuel and spare parts, but it stopped short of sending troops to the front.

        President Vasko says the country will stay out of the fighting.
        """;

    [Theory]
    [InlineData("Did Ruritania send troops to the front?")]
    [InlineData("Ruritania sent troops to the front, didn't it?")]
    public void Ask_SaysNo_WhenTheArticleStopsShortOfIt(string question)
    {
        var answer = DraftedArticle.Ask("ruritania.txt", Article, question);
        Assert.StartsWith("No", answer.Text, StringComparison.Ordinal);
        Assert.Contains("stopped short of", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_SaysNo_WhenTheArticleFallsShortOfIt() =>
        Assert.StartsWith("No", DraftedArticle.Ask("ruritania.txt", Article.Replace("stopped short of sending", "fell short of sending"),
            "Did Ruritania send troops to the front?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_ConfirmsWhatItStopsShortOf_WhenAskedSo() =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("ruritania.txt", Article, "Did Ruritania stop short of sending troops to the front?").Text, StringComparison.Ordinal);
}
