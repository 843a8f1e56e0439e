using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "The talks began in March 2022, stalled and resumed on October 10": a sentence giving several deeds their dates answers
/// "when did X do it?" with the date written right after the deed asked, not the sentence's first date.
/// </summary>
public sealed class DeedDateTests
{
    private const string Text = """
        Dockers Dig In At Vell

        By Lena Marsh | October 12, 2023

        Dockers at the port of Vell walked out over pay, leaving dozens of ships waiting offshore.

        Talks between the union and the harbour board began in March 2022, broke down in the summer and resumed on October 10.

        The grain terminal, which opened in 2015, reopened on October 3 after a fire.

        Shipping firms have diverted several vessels to the rival port of Osk.
        """;

    [Theory]
    [InlineData("when did the talks resume?", "October 10")]
    [InlineData("when did the talks begin?", "March 2022")]
    [InlineData("when did the grain terminal reopen?", "October 3")]
    [InlineData("when did the grain terminal open?", "2015")]
    public void When_GivesTheDateWrittenAfterTheDeedAsked(string question, string date)
    {
        var answer = DraftedArticle.Ask("vell-dockers.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith(date, answer.Text, StringComparison.Ordinal);
    }

    /// <summary>A date written well after the deed, with another deed told between them, is that deed's, not the one asked.</summary>
    [Fact]
    public void When_KeepsTheFirstDate_WhenTheOtherIsWrittenFarAfterTheDeed()
    {
        var answer = DraftedArticle.Ask("vell-dockers.txt", Text, "when did the talks break down?");

        Assert.DoesNotContain("October 10 (", answer.Text[..Math.Min(20, answer.Text.Length)], StringComparison.Ordinal);
    }
}
