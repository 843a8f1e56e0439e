using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Yes/no claims that a sentence bears out whatever else it says: that the article speaks of something at all, and that
/// something has already happened when the sentence says so in those words after a plan or a "would".
/// </summary>
public sealed class MentionAndDoneClaimTests
{
    private static Bot.Engine.Query.Answer Ask(string fileName, string title, string body, string question) =>
        DraftedArticle.Ask(fileName, $"{title}\n\nBy Ada Quill | March 4, 2021\n\n{body}", question);

    private const string Accord = "The Harbour Council met in Lorvik on Monday to discuss the ferry strike.\n\n"
        + "Surely this will not be a rerun of the Varno Accord, which did not end the strike in 2014.\n\n"
        + "A deal would be a hard sell for Mayor Ann Lee at home.\n";

    [Theory]
    [InlineData("Does the article refer to the Varno Accord?")]
    [InlineData("Does the article mention the Varno Accord?")]
    [InlineData("Does the article name Ann Lee?")]
    public void Ask_SaysYes_WhenAskedOnlyWhetherTheArticleSpeaksOfWhatASentenceDeniesOrLeavesUndone(string question) =>
        Assert.StartsWith("Yes", Ask("accord.txt", "Harbour Talks", Accord, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Does the article name Ann Lee as the one who ended the strike?")]
    [InlineData("Does the article mention that the Varno Accord brought peace?")]
    public void Ask_StillChecksWhatTheArticleSaysOfIt_WhenTheMentionOpensAClaim(string question) =>
        Assert.DoesNotMatch("^Yes", Ask("accord.txt", "Harbour Talks", Accord, question).Text);

    [Theory]
    [InlineData("Does the article mention the PURL strike?")]
    [InlineData("Does the article refer to the Korvik ferry strike?")]
    public void Ask_NeverSaysYes_WhenWhatIsAskedAfterHoldsANameTheArticleNeverUses(string question) =>
        Assert.DoesNotMatch("^Yes", Ask("accord.txt", "Harbour Talks", Accord, question).Text);

    [Fact]
    public void Ask_SaysNotYet_WhenTheClaimsSubjectOnlyPlansWhatOthersHaveAlreadyDone() =>
        Assert.StartsWith("No, not yet.", Ask("fairs.txt", "Trade Fairs", "Trade fairs in the river format have already been organised by Ruritania and Borduria, with Varno also expected to host its own.\n",
            "Has Varno already hosted its river-format trade fair?").Text, StringComparison.Ordinal);

    [Fact]
    public void Ask_SaysYes_WhenTheSentenceSaysItHasAlreadyHappenedAfterAWould() =>
        Assert.StartsWith("Yes", Ask("dam.txt", "Dam Vote", "A new vote would be close, but the council's stated limits for the dam have already been crossed several times without any repairs.\n",
            "Have the council's stated limits for the dam already been crossed?").Text, StringComparison.Ordinal);
}
