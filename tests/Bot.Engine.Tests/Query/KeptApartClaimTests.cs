using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "cut off from X" and "lost access to X" say the same thing: neither "from" nor "to" there moves anything, so one is no
/// movement the other turns round. A "from" and "to" of real movement still are.
/// </summary>
public sealed class KeptApartClaimTests
{
    private const string Article = """
        Ferries Halted

        By Ada Quill | March 4, 2021

        The task has become harder since Ruritania this month lost access to Borduria's ports, which carried most of its grain.

        In May, the carmaker moved its factory from France to Spain.
        """;

    [Theory]
    [InlineData("Has Ruritania been cut off from Borduria's ports this month?")]
    [InlineData("Was Ruritania barred from Borduria's ports?")]
    public void Ask_DoesNotDeny_BeingKeptFromWhatWasLost(string question) =>
        Assert.False(DraftedArticle.Ask("ferries.txt", Article, question).Text.StartsWith("No", StringComparison.Ordinal));

    [Fact]
    public void Ask_StillDenies_AMovementTurnedRound() =>
        Assert.StartsWith("No", DraftedArticle.Ask("ferries.txt", Article, "was the factory moved from spain to france?").Text, StringComparison.Ordinal);
}
