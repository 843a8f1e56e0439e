using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "X said on March 1 that the bridge would reopen in June": the first date is when X spoke, the second when the bridge
/// reopens. "When will the bridge reopen?" is answered with the second; a question about the saying keeps the first.
/// </summary>
public sealed class DateOfWhatWasSaidTests
{
    private const string Text = """
        Bridge Repairs Drag On

        By Ines Moro | Valley Courier | March 3, 2026

        Engineers closed the Alder Bridge on February 10 after finding cracks in two of its piers.

        The town's mayor, Pia Lund, said on March 1 that the bridge would reopen in June, once the piers are rebuilt.

        Shop owners on the east bank said trade had fallen sharply since the closure.
        """;

    [Theory]
    [InlineData("When will the bridge reopen?", "June")]
    [InlineData("when is the bridge reopening", "June")]
    [InlineData("When did Lund say the bridge would reopen?", "March 1")]
    [InlineData("When was the bridge closed?", "February 10")]
    public void When_GivesTheDateOfWhatIsAsked_NotOfTheSaying(string question, string date)
    {
        var answer = DraftedArticle.Ask("bridge.txt", Text, question);

        Assert.StartsWith(date, answer.Text);
    }
}
