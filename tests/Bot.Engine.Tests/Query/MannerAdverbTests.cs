using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// An adverb of manner or time the article never uses ("originally", "normally") is how a question is put, not what it
/// asks: the rest is answered. A word the article lacks that is what is asked still gets "doesn't say".
/// </summary>
public sealed class MannerAdverbTests
{
    private const string Article = """
        Keld Harbour Changes Hands

        By Ada Quill | March 4, 2021

        Oren Vale ran the Keld trade board for a decade before he joined the harbour fund.

        The Vell depots store grain for export to the south.
        """;

    [Theory]
    [InlineData("Who originally ran the Keld trade board?", "Oren Vale")]
    [InlineData("Who initially ran the Keld trade board?", "Oren Vale")]
    public void Ask_AnswersTheRest_OfAQuestionWithAStrangeAdverb(string question, string expected)
    {
        var answer = DraftedArticle.Ask("keld.txt", Article, question).Text;
        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't say", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StillRefuses_AnAttributeTheArticleLacks_AskedWithAnAdverb() =>
        Assert.Contains("doesn't say", DraftedArticle.Ask("keld.txt", Article, "How old is Oren Vale currently?").Text, StringComparison.Ordinal);
}
