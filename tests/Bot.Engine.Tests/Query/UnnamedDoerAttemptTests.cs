using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims that something happened, checked against a sentence telling only that someone unnamed by the article's
/// people ("border guards", "officials") tried, sought or planned to do it: who tried is no part of what happened.
/// So is a claim to have done it that the sentence goes on to dash ("only for reporters to find ...").
/// </summary>
public sealed class UnnamedDoerAttemptTests
{
    private const string Article = "Barge Seized on River\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Border guards tried to stop the barge near the town of Vilo on Tuesday. The barge escaped downstream.\n\n"
        + "Customs officials sought to block the grain shipment. The shipment left the port anyway.\n\n"
        + "River police fined the captain on Wednesday.\n\n"
        + "The dock workers, who wanted higher pay, blocked the harbour gates on Friday. The ferry port closed due to the storm.\n\n"
        + "General Ivo Tarn claimed to have taken the airport, only for reporters to find it in army hands.\n";

    [Theory]
    [InlineData("Did the border guards stop the barge?")]
    [InlineData("Did customs officials block the grain shipment?")]
    [InlineData("Did Tarn take the airport?")]
    public void Ask_SaysNo_WhenTheSentenceOnlyTellsTheAttempt(string question) =>
        Assert.StartsWith("No", DraftedArticle.Ask("barge.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did the border guards try to stop the barge?")]
    [InlineData("Did river police fine the captain?")]
    [InlineData("Did the barge escape?")]
    [InlineData("Did the dock workers block the harbour gates?")]
    [InlineData("Did the ferry port close due to the storm?")]
    public void Ask_SaysYes_WhenTheSentenceTellsWhatTheClaimAsks(string question) =>
        Assert.StartsWith("Yes", DraftedArticle.Ask("barge.txt", Article, question).Text, StringComparison.Ordinal);
}
