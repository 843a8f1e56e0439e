using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A dated claim whose names a fact of another date gives, but not its deed ("extended" for "suspended"), is checked
/// against the sentence of the claim's own date that says the deed, not answered "no, that was" the other date.
/// </summary>
public sealed class DatedDeedClaimTests
{
    private const string Article = """
        Lake Treaty Limits

        By Ada Quill | March 4, 2024

        After its quarrel with Borduria, Ruritania suspended the Lake Treaty in 2023, though it promised to keep to the treaty's catch limits.

        In February 2021 the Ruritanian leader had agreed to a five-year extension of the Lake Treaty, while Borduria sought calmer ties with Ruritania.
        """;

    [Fact]
    public void Ask_ConfirmsTheDeedOfItsDate_WhenAnotherDatedFactNamesTheSameNames()
    {
        var answer = DraftedArticle.Ask("lake.txt", Article, "Did Ruritania suspend the Lake Treaty in 2023?");

        Assert.True(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void Ask_StillSaysNo_WhenTheDeedIsDatedOtherwise()
    {
        var answer = DraftedArticle.Ask("lake.txt", Article, "Did Ruritania suspend the Lake Treaty in 2021?");

        Assert.True(answer.Text.StartsWith("No", StringComparison.Ordinal), answer.Text);
    }
}
