using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "were the prisoners shown off on television?": showing someone off is parading them, so a sentence saying they were
/// paraded confirms the claim, rather than leaving "shown" and "off" as words the article does not use.
/// </summary>
public sealed class ShownOffClaimTests
{
    private const string Text = """
        Crackdown in the Capital

        By Ines Varga | Harbour Gazette | March 3, 2025

        Police in Tolmar detained dozens of dock workers after a march on Friday.

        Some of the detained smugglers were paraded on harbour television the next morning.
        """;

    [Theory]
    [InlineData("Were the detained smugglers shown off on harbour television?")]
    public void Ask_ReadsShowingOff_AsParading(string question)
    {
        var answer = DraftedArticle.Ask("crackdown.txt", Text, question);

        Assert.StartsWith("Yes", answer.Text);
    }
}
