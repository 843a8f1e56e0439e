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

        The task has become harder since Peru this month lost access to Chile for its grain ships, which fed its northern towns.

        In May, the carmaker moved its factory from France to Spain.
        """;

    [Fact]
    public void Ask_DoesNotDeny_BeingCutOffFromWhatWasLost() =>
        Assert.False(DraftedArticle.Ask("ferries.txt", Article, "Has Peru been cut off from Chile for its grain ships this month?").Text.StartsWith("No", StringComparison.Ordinal));

    [Fact]
    public void Ask_StillDenies_AMovementTurnedRound() =>
        Assert.StartsWith("No", DraftedArticle.Ask("ferries.txt", Article, "was the factory moved from spain to france?").Text, StringComparison.Ordinal);
}
