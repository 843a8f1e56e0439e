using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A count of people is given in whatever word the article counts them by ("6,000 nationals" answers "how many
/// people"), and "number of" counts the plural it names however many words describe it first.
/// </summary>
public sealed class PeopleCountedTests
{
    private const string Article = """
        Harbour Exodus

        By Ada Quill | March 4, 2021

        Moreover, the 6,000 Bordurian nationals who were living in Syldavia were not told to evacuate.

        In 1940, about 20,000 Poles were killed in the forest near the harbour.

        In July, three top generals in the Bordurian Interior Ministry were arrested on embezzlement charges; the operation was a message to the minister.
        """;

    [Theory]
    [InlineData("How many people lived in Syldavia?", "6,000")]
    [InlineData("How many Bordurian people were living in Syldavia?", "6,000")]
    [InlineData("How many people died in the forest?", "20,000 Poles")]
    [InlineData("Number of senior Interior Ministry generals arrested in July", "three top generals")]
    public void Ask_GivesTheCount_InTheArticlesOwnWords(string question, string expected)
    {
        var answer = DraftedArticle.Ask("exodus.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
