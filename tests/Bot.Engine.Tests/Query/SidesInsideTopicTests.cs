using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "fight on Assad's side?" of a role saying "join the struggle against Assad": a name inside a topic's longer name
/// ("struggle against Assad", "Assad's side") still stands on the side its words put it, in the claim and in the text.
/// </summary>
public sealed class SidesInsideTopicTests
{
    [Theory]
    [InlineData("Was Maulenov urging Kazakh Islamists to fight on Assad's side?")]
    [InlineData("Was Maulenov urging Kazakh Islamists to fight alongside Assad?")]
    public void YesNo_SaysNo_WhenTheTextPutsTheNameOnTheOtherSideInsideATopicsName(string question) =>
        Assert.StartsWith("No", SeededEngine.Ask(question).Text, StringComparison.Ordinal);
}
