using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "the number of men under arms could rise to 45,000": a count told after what it counts, when "the number of" names it
/// first, answers "how many men ...?" as "45,000 men" would.
/// </summary>
public sealed class NumberOfCountTests
{
    private const string Text = """
        Ruritania Braces For Trouble

        By Ada Quill | Valley Review | March 4, 2021

        Ruritania fears an attack from Borduria. Its army is small. Should war break out, the police plus reserves could boost the number of men under arms to 45,000, but they would be poorly equipped.
        """;

    [Theory]
    [InlineData("how many men could ruritania put under arms if war broke out?")]
    [InlineData("how many guys could ruritania put under arms if a war started")]
    public void Ask_GivesTheCount_ToldAfterTheNumberOfWhatItCounts(string question)
    {
        var answer = DraftedArticle.Ask("ruritania.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("45,000", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
