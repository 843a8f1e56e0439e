using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim's ordinal against the article's for the same thing: "its fourth year" of "entering a fifth year" is another
/// year, not the claim in other words, whether or not the article ever writes "fourth".
/// </summary>
public sealed class OrdinalClaimTests
{
    private const string Article = """
        Kessberg Holds Out

        By Ada Quill | March 4, 2021

        The blockade of Kessberg is now entering a fifth year, and the town has rationed its fuel since the winter.

        Minister Arlo Venn visited the harbour for the third time in February, promising new cranes.
        """;

    [Theory]
    [InlineData("Is the blockade of Kessberg now going into its fourth year?", "No")]
    [InlineData("Is the blockade of Kessberg now entering its fourth year?", "No")]
    [InlineData("Did Arlo Venn visit the harbour for the second time in February?", "No")]
    [InlineData("Is the blockade of Kessberg now entering its fifth year?", "Yes")]
    [InlineData("Did Arlo Venn visit the harbour for the third time?", "Yes")]
    public void Ask_ChecksTheClaimsOrdinal_AgainstTheArticles(string question, string opening) =>
        Assert.StartsWith(opening, DraftedArticle.Ask("kessberg.txt", Article, question).Text, StringComparison.Ordinal);
}
