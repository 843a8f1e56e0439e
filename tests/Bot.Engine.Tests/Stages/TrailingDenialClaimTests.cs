using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A "not" or "never" with nothing of substance after it in its clause ("is reportedly not on it") denies what the
/// clause said before it, so a claim of that is a "no" and the claim's own denial of it a "yes".
/// </summary>
public sealed class TrailingDenialClaimTests
{
    private const string Article = """
        The Succession Question in Ruritania

        By Ada Quill | March 4, 2021

        The ageing monarch of Ruritania has drawn up a list of possible successors. Its first draft circulated in the capital in May. His nephew Orlen Varo—long tipped as a likely heir—is reportedly not on it.

        The council of elders will meet in Kessberg in May to discuss the harbour.
        """;

    [Theory]
    [InlineData("Is Orlen Varo on the list?", "No")]
    [InlineData("Is it true Orlen Varo didn't make the list?", "Yes")]
    public void Ask_ReadsATrailingNot_AsDenyingItsClause(string question, string verdict) =>
        Assert.StartsWith(verdict, DraftedArticle.Ask("succession.txt", Article, question).Text, StringComparison.Ordinal);
}
