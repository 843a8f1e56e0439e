using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Which official does the piece quote?" of an article that names the person by office alone: the kind word and the
/// verb of quoting are set aside, and the rest finds who; a title the article never gives is still refused.
/// </summary>
public sealed class UntitledPersonKindTests
{
    private const string Article = """
        Storms Close the Quay at Lossby

        By Ada Quill | March 4, 2021

        As the Lossby harbour master Tam Brewer wrote on May 3, "the quay will stay shut until the autumn tides pass."

        Fishing crews moved their boats to Veltmark for the summer.
        """;

    [Theory]
    [InlineData("which harbour official does the piece quote?", AnswerStatus.Answered, "Tam Brewer")]
    [InlineData("Which official is cited on the quay?", AnswerStatus.Answered, "Tam Brewer")]
    [InlineData("which harbour MP does the piece quote?", AnswerStatus.Unknown, "MP")]
    public void Ask_FindsThePersonAskedForByAKindTheArticleNeverWrites(string question, AnswerStatus status, string shown)
    {
        var answer = DraftedArticle.Ask("lossby.txt", Article, question);

        Assert.True(answer.Status == status && answer.Text.Contains(shown, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
