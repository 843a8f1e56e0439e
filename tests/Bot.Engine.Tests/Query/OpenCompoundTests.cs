using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A compound the article writes as one word ("codenames", "ceasefire") is found when a reader types it as two; two
/// words the article uses each stay two.
/// </summary>
public sealed class OpenCompoundTests
{
    private const string Article = """
        Smugglers in Kessberg

        By Ada Quill | March 4, 2021

        Detectives say the smugglers of Kessberg used codenames in their messages to the harbour guards.

        Minister Arlo Venn announced a ceasefire between the two fishing guilds in May.
        """;

    [Theory]
    [InlineData("did the smugglers use code names?", AnswerStatus.Answered, "Yes")]
    [InlineData("wat code names did the smugglers use", AnswerStatus.Answered, "")]
    [InlineData("when was the cease fire announced?", AnswerStatus.Answered, "")]
    [InlineData("did the smugglers use code books?", AnswerStatus.Unknown, "")]
    public void Ask_ReadsTwoTypedWordsAsTheCompoundTheArticleWrites(string question, AnswerStatus status, string start)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question);

        Assert.True(answer.Status == status && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
