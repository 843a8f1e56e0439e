using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>Yes/no claims naming a second party with "together with", which says no more than "and" does.</summary>
public sealed class TogetherWithClaimTests
{
    private const string Article = "Harbour Ties\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Ruritania's caution over the canal is closely tied to its membership in the Harbour League, an organization that includes Borduria.\n\n"
        + "The two mayors signed the pact together.\n";

    [Theory]
    [InlineData("Borduria is in Harbour League together with Ruritania?")]
    [InlineData("ruritania is in the Harbour League together with borduria, yes?")]
    public void Ask_ConfirmsTheClaim_WhenTheSentenceNamesBothPartiesWithoutTheWordTogether(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("ties.txt", Article, question).Text, StringComparison.Ordinal);
}
