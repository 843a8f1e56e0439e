using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Ruritania backs Borduria, though not in the form of arms deliveries" grants the backing and denies the deliveries: a
/// claim whose deed the sentence says only inside the clause opened by "not", in its own words or in others, is a no; the
/// part it grants is still a yes.
/// </summary>
public sealed class LimitingClauseTests
{
    private const string Article = """
        Ruritania and the War

        By Ada Quill | March 4, 2021

        Ruritania backs Borduria in its war with Syldavia, though not in the form of direct arms deliveries.

        Norland sent trucks to the border, but not tanks.

        President Vasko says the country will stay out of the fighting.
        """;

    [Theory]
    [InlineData("does Ruritania supply rockets to Borduria?")]
    [InlineData("Did Norland send tanks to the border?")]
    public void Ask_SaysNo_WhenTheClaimIsSaidOnlyInALimitingClause(string question) =>
        Assert.StartsWith("No", DraftedArticle.Ask("ruritania.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("does Ruritania back Borduria?")]
    [InlineData("Did Norland send trucks to the border?")]
    public void Ask_SaysYes_WhenTheClaimIsWhatTheSentenceGrants(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("ruritania.txt", Article, question).Text, StringComparison.Ordinal);
}
