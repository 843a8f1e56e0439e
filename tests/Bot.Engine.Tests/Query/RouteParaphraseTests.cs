using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>A route the claim says goes "around" a place, which the article says it "circumvents" or "bypasses": the same thing in other words.</summary>
public sealed class RouteParaphraseTests
{
    private const string Article = """
        New Routes East

        By Ada Quill | March 4, 2021

        The Lake Corridor is a rail and ferry route from Chile to Peru. Its backers say the route would circumvent Bolivian ports.

        Peru has funded the ferries since 2019.
        """;

    [Theory]
    [InlineData("isnt the lake corridor meant to go around bolivia", "Yes")]
    [InlineData("Is the Lake Corridor meant to go around Bolivian ports?", "Yes")]
    public void Ask_ConfirmsTheRoute_WhenTheArticleSaysItInOtherWords(string question, string opening)
    {
        var answer = DraftedArticle.Ask("routes.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(opening, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
