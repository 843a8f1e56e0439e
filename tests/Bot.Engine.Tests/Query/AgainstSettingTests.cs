using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Against this backdrop" sets a scene and "against the dollar" measures a value: neither denies what the sentence says,
/// so a claim it states word for word is a yes.
/// </summary>
public sealed class AgainstSettingTests
{
    private const string Article = """
        Trade Routes

        By Ada Quill | March 4, 2021

        Borduria keeps the largest markets in the region.

        Against this backdrop, Ruritania is simultaneously building a railroad in Borduria and is Borduria's top trading partner.

        The krona gained against the dollar after the railroad deal was signed.
        """;

    [Theory]
    [InlineData("Is Ruritania Borduria's top trading partner?")]
    [InlineData("Did the krona gain after the railroad deal was signed?")]
    public void Ask_ConfirmsTheClaim_WhenAgainstSetsTheSceneOrMeasuresAValue(string question)
    {
        var answer = DraftedArticle.Ask("trade.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
