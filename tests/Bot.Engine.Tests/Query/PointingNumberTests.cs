using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A spelled number after "the" in a claim ("between the two sides") points back at known things and claims no amount;
/// one counting things ("two ships") is still an amount the fact must give.
/// </summary>
public sealed class PointingNumberTests
{
    private const string Article = """
        Dock Talks

        By Ada Quill | March 4, 2021

        At an emergency summit on Monday, Vossland leaders promised sanctions against the Keld port authority but ruled out mediating in the dispute.

        Keld coastguards seized three ships in the bay.
        """;

    [Theory]
    [InlineData("Is it fair to say that Vossland threatened punishment but ruled out mediating between the two sides?", "Yes")]
    [InlineData("Did Vossland promise sanctions but rule out mediating in the dispute between the two ports?", "Yes")]
    [InlineData("Did Keld coastguards seize the two ships in the bay?", "No")]
    public void Ask_ReadsANumberAfterTheAsPointingBack_UnlessTheFactCountsOtherwise(string question, string start) =>
        Assert.StartsWith(start, DraftedArticle.Ask("dock.txt", Article, question).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Did Vossland leaders promise two sanctions against the Keld port authority?")]
    public void Ask_DoesNotConfirm_ANumberThatCountsWhatTheFactDoesNot(string question) =>
        Assert.False(DraftedArticle.Ask("dock.txt", Article, question).Text.StartsWith("Yes", StringComparison.Ordinal));
}
