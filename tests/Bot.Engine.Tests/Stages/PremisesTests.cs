using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

public sealed class PremisesTests
{
    [Theory]
    [InlineData("Since Dan Holt resigned over the scandal, who replaced him?", "Dan Holt resigned over the scandal", "who replaced him?")]
    [InlineData("given that the talks failed, what did the mayor do next?", "the talks failed", "what did the mayor do next?")]
    [InlineData("Now that the bridge is open, do the traders use it?", "the bridge is open", "do the traders use it?")]
    public void Split_ParsesTheClaimTakenAsGiven_WhenAQuestionRestsOnOne(string text, string claim, string question) =>
        Assert.Equal((claim, question), Premises.Split(text));

    [Theory]
    [InlineData("Since 2015, has the port grown?")]
    [InlineData("since then, what has the mayor said?")]
    [InlineData("Since the war, has the port grown?")]
    [InlineData("since when has the port been closed?")]
    [InlineData("Since 1991 the port has handled most of the trade, is that true?")]
    [InlineData("since 2015 the mayor has run the harbour board, right?")]
    [InlineData("who replaced the mayor?")]
    public void Split_FindsNoPremise_WhenTheOpeningIsATimeOrAbsent(string text) =>
        Assert.Null(Premises.Split(text));
}
