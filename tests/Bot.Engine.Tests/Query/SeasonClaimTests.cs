using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Did X visit Y this summer?" of "X visited Y in July": a season is said by its months, and another season's month
/// gainsays it; a season in a name ("the Winter Games") dates nothing.
/// </summary>
public sealed class SeasonClaimTests
{
    private const string Article = """
        Ferro Courts the Islands

        By Ada Quill | September 4, 2021

        Marek Ferro, the governor of Keld, visited the Dorn islands in July 2021 to seek their backing for the harbour toll.

        The islanders have not yet said whether they will back it.
        """;

    [Theory]
    [InlineData("Did Ferro visit the Dorn islands this summer?")]
    [InlineData("so Ferro actually went to the Dorn islands in the summer?")]
    public void Ask_ConfirmsASeason_ByItsMonth(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("keld.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did Ferro visit the Dorn islands this winter?")]
    [InlineData("Did Ferro visit the Dorn islands in the autumn?")]
    public void Ask_DoesNotConfirm_AnotherSeason(string question) =>
        Assert.False(DraftedArticle.Ask("keld.txt", Article, question).Text.StartsWith("Yes", StringComparison.Ordinal));

    [Fact]
    public void Ask_ReadsASeasonInAName_AsNoDate() =>
        Assert.False(DraftedArticle.Ask("keld.txt", Article.Replace("for the harbour toll", "before the Winter Games"), "Did Ferro visit the Dorn islands before the Winter Games?")
            .Text.StartsWith("No", StringComparison.Ordinal));
}
