using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "At which base ...?" asks for one of a kind by name, as "which base ...?" does: a sentence giving only the country
/// ("trained in Portugal") names no base.
/// </summary>
public sealed class KindAfterPrepositionNamedTests
{
    private const string Article = """
        Training Abroad

        The engineers of Kessberg were trained in Portugal last spring.

        Pilots of the Kessberg air club flew from the Tagus Air Base last winter.
        """;

    [Theory]
    [InlineData("At which base were the engineers of Kessberg trained?", AnswerStatus.Unknown, "")]
    [InlineData("From which base did the pilots fly?", AnswerStatus.Answered, "Tagus")]
    public void Ask_NeedsTheKindNamed_WhenAskedAfterAPreposition(string question, AnswerStatus status, string named)
    {
        var answer = DraftedArticle.Ask("training.txt", Article, question);

        Assert.True(answer.Status == status && answer.Text.Contains(named, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
