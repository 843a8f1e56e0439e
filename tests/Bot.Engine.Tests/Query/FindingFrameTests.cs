using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>Claims framed by who found them ("monitors found", "the article puts it at"), checked by what was found.</summary>
public sealed class FindingFrameTests
{
    private const string Article = "Vote in Ruritania\n\nBy Ada Quill | March 4, 2021\n\n"
        + "The Valley Party won 54% of the vote in the disputed elections, which monitors from the Alder mission said were marked by several shortcomings, including intimidation and pressure on voters.\n\n"
        + "Ruritania, a country today of fewer than 3m people, has never held a fair vote.\n\n"
        + "Weapons were hidden in the mayor's villa, neighbours said.\n\n"
        + "Inspectors found no fault with the ballots.\n";

    [Theory]
    [InlineData("Is it correct that the Alder monitors found problems such as intimidation and pressure on voters?")]
    [InlineData("Can I report that the article puts Ruritania's population at fewer than 3m people?")]
    public void Ask_ConfirmsTheClaim_WhenTheArticleSaysWhatTheSourceIsSaidToHaveFound(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("vote.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did the police find weapons in the mayor's villa?")]
    [InlineData("Did the monitors find fraud in the count?")]
    public void Ask_DoesNotConfirm_WhenTheFindingIsTheClaimOrTheFoundThingIsUnsaid(string question) =>
        Assert.False(DraftedArticle.Ask("vote.txt", Article, question).Text.StartsWith("Yes", StringComparison.Ordinal));
}
