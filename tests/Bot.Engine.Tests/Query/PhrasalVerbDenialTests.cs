using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim's verb with its particle ("switch sides") is denied by a negation before the word the two mean ("no
/// defections"), though no claim word stands after that negation.
/// </summary>
public sealed class PhrasalVerbDenialTests
{
    private const string Article = """
        Cracks In The Palace

        By Ada Quill | March 4, 2021

        Thousands marched through Dravo on Sunday, the largest protest in the country's history.

        There have been no high-profile defections in the army or the border guard.

        The harbour workers have not walked out, whatever the union hoped.
        """;

    [Theory]
    [InlineData("Have people in the army switched sides?", "No")]
    [InlineData("Has anyone in the border guard changed sides?", "No")]
    [InlineData("So no one in the army has switched sides?", "Yes")]
    public void Ask_ReadsTheNegationBeforeWhatTheVerbAndParticleMean(string question, string opening)
    {
        var answer = DraftedArticle.Ask("palace.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(opening, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
