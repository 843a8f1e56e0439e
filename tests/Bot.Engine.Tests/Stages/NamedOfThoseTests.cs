using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "The talks were with A, B and C: which of those does the article name?": the names the article mentions and those it
/// does not, not a refusal over the one it lacks.
/// </summary>
public sealed class NamedOfThoseTests
{
    private const string Article = """
        Quay Talks

        By Ada Quill | March 4, 2021

        Governor Jo Bloggs held talks with Norway and Denmark on a new quay in Vell.

        The harbour of Vell has grown quieter since the border treaty.
        """;

    [Theory]
    [InlineData("Bloggs held talks with Norway, Denmark and Sweden - which of those does the article actually name?")]
    [InlineData("Norway, Denmark, Sweden: which ones are mentioned in the article?")]
    public void Ask_SaysWhichOfTheQuestionsNamesTheArticleMentions(string question)
    {
        var answer = DraftedArticle.Ask("quay-talks.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Denmark", answer.Text, StringComparison.Ordinal);
        Assert.Contains("doesn't mention Sweden", answer.Text, StringComparison.Ordinal);
    }
}
