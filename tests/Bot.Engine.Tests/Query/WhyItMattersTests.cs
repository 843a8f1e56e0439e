using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Why does that matter?" after an answer: what the thing just read brings is where its paragraph says what it could
/// or would do; a paragraph that never says so leaves the question to the other readings.
/// </summary>
public sealed class WhyItMattersTests
{
    private const string Text = """
        A Second Pier for Orrin Point

          • By Tomas Wrenfield

        The harbour board is building a second ferry pier at Orrin Point. Work began in April. The new pier could halve the queues at the old dock during the summer.

        The board also repainted the lighthouse in May. The painters used a red and white pattern. Visitors photograph it every day.
        """;

    private static Answer Converse(params string[] questions) => DraftedArticle.Converse("second-pier.txt", Text, questions);

    [Theory]
    [InlineData("why does that matter?")]
    [InlineData("y does it even matter")]
    [InlineData("Why is this important?")]
    public void Ask_ShowsWhatTheThingCouldBring_WhenAskedWhyWhatWasReadMatters(string followUp)
    {
        var answer = Converse("What is the harbour board building at Orrin Point?", followUp);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("halve the queues", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenTheParagraphNeverSaysWhatItBrings()
    {
        var answer = Converse("What did the board do to the lighthouse in May?", "why does that matter?");

        Assert.DoesNotContain("halve the queues", answer.Text);
    }

    [Fact]
    public void Ask_DoesNotReadOn_WhenAskedFirstInAChat()
    {
        var answer = Converse("why does that matter?");

        Assert.DoesNotContain("halve the queues", answer.Text);
    }
}
