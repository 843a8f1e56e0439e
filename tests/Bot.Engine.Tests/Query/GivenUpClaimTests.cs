using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim that someone kept on with something or came to another's defence is gainsaid by a sentence saying they withdrew
/// from it or stood by passively, whatever else the sentence shares with the claim.
/// </summary>
public sealed class GivenUpClaimTests
{
    private const string Article = """
        Kesh and Its Partners

        By Ada Quill | March 4, 2021

        The port of Kesh has long relied on foreign money to grow.

        We have already seen Lorvania Oil withdraw from a new $500 million venture with Kesh Petrochemicals, a company partly owned by a sanctioned tycoon.

        When Borduria and Ruritania fought their 2020 war over the disputed valley, Lorvania, despite a formal alliance with Ruritania, remained passive.
        """;

    [Theory]
    [InlineData("Did Lorvania Oil continue the $500 million project with Kesh Petrochemicals?", "No")]
    [InlineData("Did Lorvania come to Ruritania's defence in the 2020 war?", "No")]
    [InlineData("Did Lorvania Oil withdraw from the venture with Kesh Petrochemicals?", "Yes")]
    public void Ask_GainsaysKeepingOnOrDefending_WhenTheArticleSaysOtherwise(string question, string start)
    {
        var answer = DraftedArticle.Ask("kesh-venture.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
