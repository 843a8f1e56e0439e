using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A why question no drafted explanation answers: a sentence giving a cause ("fuelled by", "prompted by") gives the
/// reason as "because" does, and stands alone without the sentence after it.
/// </summary>
public sealed class PurposeReasonTests
{
    private const string Text = """
        Unrest In Lorvik

        By Ada Quill | Valley Review | March 4, 2021

        Protests spread across the market squares of Lorvik, fuelled by anger at the new river tax. The squares were quiet by May.

        Farmers in Corvale sold their cattle early, prompted by fears of a dry summer. The herds were small anyway.
        """;

    [Theory]
    [InlineData("why did protests spread across the squares of lorvik?", "fuelled by anger at the new river tax")]
    [InlineData("why did corvale farmers sell their cattle early?", "prompted by fears of a dry summer")]
    public void Why_AnswersFromTheSentenceGivingAPurposeOrCause_WithoutTheSentenceAfterIt(string question, string reason)
    {
        var answer = DraftedArticle.Ask("squares.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(reason, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
        Assert.DoesNotContain("It goes on", answer.Text, StringComparison.Ordinal);
    }
}
