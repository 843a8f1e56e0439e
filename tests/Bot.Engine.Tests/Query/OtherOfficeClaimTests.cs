using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Did they impeach the foreign minister?" of "they impeached the finance minister": the sentence puts another field
/// before the same office and never says the claim's, so it speaks of another office holder and gainsays the claim.
/// The office as the sentence names it is still borne out.
/// </summary>
public sealed class OtherOfficeClaimTests
{
    private const string Article = """
        Kessberg's hawks strike

        By Jo Bloggs

        The hawks in Kessberg's parliament have grown bolder this year. This month they impeached the moderate finance minister, Arlo Venn.
        """;

    [Theory]
    [InlineData("so the hawks impeached the foreign minister this month?", "No")]
    [InlineData("Did the hawks impeach the defence minister?", "No")]
    [InlineData("Did the hawks impeach the finance minister?", "Yes")]
    public void Ask_GainsaysAClaimNamingAnotherOffice(string question, string verdict)
    {
        var answer = DraftedArticle.Ask("hawks.txt", Article, question);

        Assert.StartsWith(verdict, answer.Text, StringComparison.Ordinal);
    }
}
