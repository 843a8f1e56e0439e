using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Has the Kessel Bank commented?" when the article says it "has not commented": the article reports its silence, so the
/// answer is no, whether or not the question says on what, and "what did it say?" gets that silence too.
/// </summary>
public sealed class UncommentedTests
{
    private const string Article = "Dam Loan Row\n\nBy Ada Quill\n\nMay 2, 2024\n\n"
        + "Ruritania halted work on the Ostrel dam in April. The Kessel Bank, which lent Ruritania $50 million last year, has not commented.\n\n"
        + "Mayor Ivo Lark told reporters the dam was safe. Deputy Mayor Ines Moro has not spoken publicly about the dam.\n";

    [Theory]
    [InlineData("has the Kessel Bank commented?")]
    [InlineData("did the Kessel Bank comment?")]
    [InlineData("has the Kessel Bank commented on the dam?")]
    [InlineData("did Ines Moro speak publicly about the dam?")]
    public void Ask_SaysNo_WhenTheArticleSaysTheyHaveNotCommented(string question)
    {
        var answer = DraftedArticle.Ask("dam.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_SaysYes_WhenTheArticleReportsThemSpeaking()
    {
        var answer = DraftedArticle.Ask("dam.txt", Article, "did Ivo Lark comment?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
