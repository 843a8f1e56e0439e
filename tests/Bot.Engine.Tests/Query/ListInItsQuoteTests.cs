using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A list the article gives within one sentence is answered in the article's own words, which keep what ties the
/// items together ("agreements on A, B, and C"); a list told in bullets after the sentence announcing it is still
/// given item by item.
/// </summary>
public sealed class ListInItsQuoteTests
{
    private const string Text = """
        Ruritania Deepens Its Ties

          • By Ana Pereira

        Ruritania and Borduria have grown closer over the past year, officials in both capitals say.

        Ruritania is seeking closer economic links with Borduria as well. The Ruritanian trade minister signed agreements on steel production, timber, and river transport in Bordville on July 9.

        Bordurian officials have agreed to the following:

        - Opening new river ports;

        - Building a rail bridge; and

        - Cutting customs fees.
        """;

    [Theory]
    [InlineData("list the agreements the trade minister signed")]
    [InlineData("Which agreements did the trade minister sign in Bordville?")]
    public void Ask_QuotesTheSentence_WhenTheListStandsWithinIt(string question)
    {
        var answer = DraftedArticle.Ask("ruritania-ties.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("steel production, timber, and river transport", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_GivesTheItems_WhenTheListIsToldAfterTheSentenceAnnouncingIt() =>
        Assert.Contains("Building a rail bridge", DraftedArticle.Ask("ruritania-ties.txt", Text, "What have Bordurian officials agreed to? List them.").Text, StringComparison.Ordinal);
}
