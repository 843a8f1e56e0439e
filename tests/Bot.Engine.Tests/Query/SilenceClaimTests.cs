using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "did X refuse to comment?", "X ignored the questions, didn't it?": a claim that someone kept silent is a yes where the
/// article reports their silence and a no where it reports them telling the one asking.
/// </summary>
public sealed class SilenceClaimTests
{
    private const string Text = """
        Valve Parts Reach Ruritania Through Port Alder

          • By Ana Pereira

        Harbourline Trading Ltd. and Kestrel Marine shipped pump valves worth $4 million to Ruritania between 2021 and 2023, the Port Alder Ledger found.

        Kestrel Marine told the Ledger that the company complies with the law and has measures in place to check its buyers.

        Harbourline did not respond to the Ledger's requests for comment.

        Fishermen in Port Alder say the ships leave at night.
        """;

    [Theory]
    [InlineData("Did Kestrel Marine refuse to comment to the Ledger?", "No", "told the Ledger")]
    [InlineData("Kestrel Marine just ignored the Ledger's questions, didn't it?", "No", "told the Ledger")]
    [InlineData("Did Harbourline decline to comment?", "Yes", "did not respond")]
    public void Ask_ChecksAClaimOfSilence_AgainstWhatTheArticleReportsThemSaying(string question, string verdict, string cited)
    {
        var answer = DraftedArticle.Ask("valve-parts.txt", Text, question);

        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
        Assert.Contains(cited, answer.Text, StringComparison.Ordinal);
    }
}
