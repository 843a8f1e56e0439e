using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "The article says X, right?" of a claim no sentence makes: the no shows the sentence that says what is so instead,
/// with a name its paragraph gave before it.
/// </summary>
public sealed class ClaimNotSaidTests
{
    private const string Article = """
        Help for the Border

        By Ada Quill | March 4, 2021

        Peru's army is small and poorly armed. Chile is supplying 19 armoured personnel-carriers.

        Bolivia bought warplanes in May, and its drones are new.

        The port of Arica reopened in June.
        """;

    [Theory]
    [InlineData("Does the article say that Chile is supplying Peru with warplanes?", "19 armoured personnel-carriers")]
    [InlineData("Is it true that the article says Chile is supplying Peru drones?", "19 armoured personnel-carriers")]
    [InlineData("The article says Chile is supplying Peru warplanes, right?", "19 armoured personnel-carriers")]
    public void Ask_ShowsTheSentenceSayingWhatIsSoInstead_WhenTheArticleDoesNotSayTheClaim(string question, string expected)
    {
        var answer = DraftedArticle.Ask("border.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal) && answer.Text.Contains(expected, StringComparison.Ordinal),
            answer.Status + ": " + answer.Text);
    }
}
