using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Has Chile bought warships from Peru?" of "Peru has traditionally sought to purchase warships from Chile": the text's
/// country after "from" is found even where a longer topic name ("purchase warships from Chile") holds it, so the claim
/// that turns the trade round is a "no".
/// </summary>
public sealed class DirectionInsideTopicTests
{
    private const string Article = """
        Navies of the Pacific

        By Ada Quill | March 4, 2021

        Peru and Chile signed a new naval pact in May.

        Peru has traditionally sought to purchase warships from Chile rather than the inverse.

        Both navies will hold joint drills next year.
        """;

    [Theory]
    [InlineData("Has Chile traditionally bought warships from Peru?")]
    [InlineData("Hasn't Chile traditionally been the one buying warships from Peru?")]
    public void Ask_SaysNo_WhenTheTextTurnsTheTradeRound(string question)
    {
        var answer = DraftedArticle.Ask("navies.txt", Article, question);
        Assert.StartsWith("No", answer.Text, StringComparison.Ordinal);
        Assert.Contains("from Chile", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DoesNotDeny_TheTradeAsTheTextGivesIt() =>
        Assert.False(DraftedArticle.Ask("navies.txt", Article, "Has Peru traditionally sought to buy warships from Chile?").Text.StartsWith("No", StringComparison.Ordinal));
}
