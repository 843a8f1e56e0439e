using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "what share of Albanian citizens ...?" counts the citizens, not "Albanian": the plural ending the whole asked, after
/// the names describing it.
/// </summary>
public sealed class ShareOfPeopleTests
{
    private const string Text = """
        Albania Looks West

        By Ada Quill | Valley Review | March 4, 2021

        Albania, which has stayed firmly pro-Western for two decades with over 70% of citizens favouring NATO membership, now faces a government that courts Borduria. The ruling party won 48% of the vote last year.
        """;

    [Theory]
    [InlineData("What share of Albanian citizens favour NATO membership?")]
    [InlineData("What percentage of Albanian citizens are for NATO membership?")]
    public void Ask_GivesTheShare_OfTheWholeAsked(string question)
    {
        var answer = DraftedArticle.Ask("albania.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("70%", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
