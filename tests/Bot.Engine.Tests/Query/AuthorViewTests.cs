using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What does the author think of X?": the writer's view is a sentence in the article's own voice that says what is
/// asked about, one that judges (a duty, a likelihood, a doubt, a weight) before one that only reports, and never a
/// sentence giving a named person's view or quoting one.
/// </summary>
public sealed class AuthorViewTests
{
    private const string Article = """
        Ruritania and Borduria Drift Apart

        By Ada Quill | March 4, 2021

        Ruritania signed a trade pact with Borduria in 2019. Ruritania and Borduria also agreed on a joint customs office.

        Ivo Brand, Borduria's envoy, said the pact with Ruritania had brought prosperity to both. Whether that prosperity lasts is unclear.

        Ruritania's refusal to send troops reveals a growing rift between Ruritania and Borduria over the alliance.

        The Ruritania-Borduria rift is likely to be an enduring feature of the bilateral relationship for years to come.

        One could easily overstate the significance of the customs agreements before they materialize.

        If the West is to keep its influence, its stance on Ruritania must be clear and consistent. The West sent envoys to Ruritania in May.

        If Borduria wants a bigger market, it must open its customs office to Ruritania's traders.

        The West appears to be paying only nominal attention.
        """;

    [Theory]
    [InlineData("Author's forecast for the bilateral relationship.", "enduring feature")]
    [InlineData("What does the author think the West's stance on Ruritania should be?", "clear and consistent")]
    [InlineData("How cautious are the authors about the customs agreements?", "easily overstate")]
    [InlineData("What does the author think Borduria should do about its market?", "must open its customs office")]
    [InlineData("What is the writer's view of the trade pact between Ruritania and Borduria?", "signed a trade pact")]
    public void Ask_GivesTheArticlesOwnJudgingSentence_WhenTheWriterIsAskedForAView(string question, string expected)
    {
        var answer = DraftedArticle.Ask("drift.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.True(answer.Text.Contains(expected, StringComparison.Ordinal), answer.Text);
    }

    [Theory]
    [InlineData("What the author thinks about how much attention the West gives to all this?", "nominal attention")]
    public void Ask_GivesTheWritersSentenceNamingWhatIsAsked_WhenNoneSaysEnoughOfTheWords(string question, string expected)
    {
        var answer = DraftedArticle.Ask("drift.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does the author think of the pact's prosperity?")]
    [InlineData("What does the writer think about whether the prosperity will last?")]
    public void Ask_GivesTheWritersOwnSentence_NotANamedPersonsView(string question)
    {
        var answer = DraftedArticle.Ask("drift.txt", Article, question);

        Assert.Contains("is unclear", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ivo Brand", answer.Text, StringComparison.Ordinal);
    }
}
