using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A claim that something is "able to" do a thing is said by a sentence saying it "can" do it; a claim that something
/// "limits" another is said by a sentence calling it a "constraint" on it. Both words are ones the article uses
/// elsewhere, so they must be said, not set aside as phrasing.
/// </summary>
public sealed class AbilityAndConstraintClaimTests
{
    private const string Article = """
        Borduria Holds On

        By Ada Quill | March 4, 2021

        The Bordurian economy can keep up the blockade, but its reserves are dwindling fast.

        There is one input to the Bordurian shipyards which is a binding constraint: steel.

        Syldavia was able to limit its imports of grain last year.
        """;

    [Theory]
    [InlineData("Is the Bordurian economy able to sustain the blockade?")]
    [InlineData("Does steel limit the Bordurian shipyards?")]
    public void Ask_ConfirmsAClaim_SaidWithAModalOrANoun(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("blockade.txt", Article, question).Text, StringComparison.Ordinal);
}
