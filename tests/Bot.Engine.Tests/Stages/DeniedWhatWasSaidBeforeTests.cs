using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Did Lund deny wanting to sell the harbour?" of "Critics believe Lund wants to sell the harbour. Lund has denied
/// this": the denial answers, not the critics' belief read as a plain "no".
/// </summary>
public sealed class DeniedWhatWasSaidBeforeTests
{
    private const string Text = """
        Harbour Sale Row

        By Ada Quill | Coast Courier | May 5, 2026

        The mayor of Marrow, Pia Lund, took office in 2020 promising to revive the waterfront.

        Critics at the Lumen Institute believe that Lund wants to sell the harbour to a developer, which the council fears. Lund has denied this, and the council said on May 2 that the sale would be debated in June.

        Fishermen on the east quay said trade had fallen sharply since the spring.
        """;

    [Theory]
    [InlineData("Did Lund deny wanting to sell the harbour?", "Yes")]
    [InlineData("has Pia Lund denied she wants to sell the harbour to a developer?", "Yes")]
    [InlineData("Did Lund admit wanting to sell the harbour?", "No")]
    public void Ask_ChecksTheDenial(string question, string verdict)
    {
        var answer = DraftedArticle.Ask("harbour.txt", Text, question);

        Assert.StartsWith(verdict + ".", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Lund has denied this", answer.Text, StringComparison.Ordinal);
    }
}
