using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A yes/no claim's attribute word that the article says in a general synonym ("get rich" of "made his fortune") is
/// checked in that word, not refused as an attribute the article lacks.
/// </summary>
public sealed class AttributeSynonymClaimTests
{
    private const string Article = """
        Venn Buys the Harbour

        By Ada Quill | March 4, 2021

        Arlo Venn, the shipping magnate who made his fortune in Borduria in the 1990s, bought the harbour of Kessberg in May.

        The town council of Kessberg approved the sale.
        """;

    [Theory]
    [InlineData("Did Arlo Venn really get rich in Borduria?")]
    public void Ask_ChecksAnAttributeClaim_InTheArticlesSynonym(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("venn.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("How old is Arlo Venn?")]
    public void Ask_StillRefusesAnAttribute_TheArticleDoesNotGive(string question) =>
        Assert.StartsWith("The article doesn't say", DraftedArticle.Ask("venn.txt", Article, question).Text, StringComparison.Ordinal);
}
