using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Tests.Stages;

/// <summary>"what's behind X?" asks its cause, "who makes up X?" its members: neither asks who X is or how much of it there is.</summary>
public sealed class CauseAndMakeupIntentTests
{
    [Theory]
    [InlineData("what s behind the harbour boards money troubles", nameof(Intent.Why))]
    [InlineData("whats behind kessbergs falling fish catches according to the article", nameof(Intent.Why))]
    [InlineData("what really lies behind the toll rise", nameof(Intent.Why))]
    [InlineData("what is driving the exodus from kessberg", nameof(Intent.Why))]
    [InlineData("who makes up the harbour board", nameof(Intent.List))]
    [InlineData("who typically makes up the crews of these ships", nameof(Intent.List))]
    [InlineData("who is behind the toll plan", nameof(Intent.Who))]
    public void Recognize_ReadsTheCauseOrTheMembers_OfWhatIsNamed(string words, string expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(words).ToString());
}
