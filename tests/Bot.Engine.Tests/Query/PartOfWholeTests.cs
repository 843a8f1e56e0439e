using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How much of the region is that?": a part of a whole is given before an "of" with words between it and the whole
/// ("one-fifth of the eastern Marsh region"), on an article drafted at load.
/// </summary>
public sealed class PartOfWholeTests
{
    private const string Text = """
        Ruritania Weighs Its Border Talks

          • By Ana Pell

        Before the talks began, President Lind told reporters that ceding the remaining one-fifth of the eastern Marsh region that Borduria does not hold would never be accepted by Ruritanians.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("border-talks.txt", Text, questions);

    [Theory]
    [InlineData("What did President Lind tell reporters about ceding the Marsh region?", "How much of the region is that?", "one-fifth")]
    [InlineData("What did President Lind tell reporters about ceding the Marsh region?", "What share of the region is that?", "one-fifth")]
    public void Ask_GivesThePart_WhenWordsStandBetweenItsOfAndTheWhole(string first, string followUp, string expected)
    {
        var answer = Converse(first, followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Fact]
    public void Ask_SaysTheArticleGivesNoNumber_WhenNoPartOfTheWholeIsGiven()
    {
        var answer = Converse("What did President Lind tell reporters about ceding the Marsh region?", "How much of the coast is that?");

        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
    }
}
