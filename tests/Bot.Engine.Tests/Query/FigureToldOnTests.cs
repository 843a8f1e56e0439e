using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "charges against six organisers. They now face up to ten years": asked how many and what they face, the answer
/// goes on with the sentence pointing back at the count, which gives the other figure.
/// </summary>
public sealed class FigureToldOnTests
{
    private const string Text = """
        Kessberg Cracks Down

        By Ada Quill | Valley Review | March 4, 2021

        The protests in Kessberg went on all winter. Prosecutors have since brought new charges against six protest organisers, including Arlo Venn. They now face up to ten years for alleged sedition.

        The mayor of Kessberg said the city would not give in.
        """;

    [Theory]
    [InlineData("How many organisers face charges, and what is the longest term they could serve?", "ten years")]
    [InlineData("How many organisers face the new charges, and what is the maximum sentence?", "ten years")]
    public void Ask_GoesOnWithTheFigureOfTheNextSentence(string question, string expected)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("six", StringComparison.Ordinal)
            && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
