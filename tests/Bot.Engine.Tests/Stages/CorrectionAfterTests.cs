using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "The quarrel is not simply about the fees." then "It is more about who runs the quay.": an answer resting on a
/// sentence that only denies the plain reading goes on with the sentence saying what it is about instead.
/// </summary>
public sealed class CorrectionAfterTests
{
    private const string Article = """
        Harbour Quarrel Drags On

        By Ada Quill | March 4, 2021

        The mayor of Lorvik, Ivo Sand, has kept the old quay open for fishing boats. But, says Mr Sand, the harbour quarrel is not simply about the mooring fees. “It is more about who will run the quay after the merger,” he says. The council meets again in May.

        Greenwick's ferry line is not only about tourists. It also carries the mail to the islands.
        """;

    [Theory]
    [InlineData("What does Ivo Sand say the harbour quarrel is really about?", "who will run the quay")]
    [InlineData("And what does the mayor see as the real harbour quarrel?", "who will run the quay")]
    public void Ask_GoesOnWithTheCorrection_WhenTheAnswerOnlyDeniesThePlainReading(string question, string contains)
    {
        var answer = DraftedArticle.Ask("quarrel.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(contains, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AddsNothing_WhenTheNextSentenceCorrectsNothing()
    {
        var answer = DraftedArticle.Ask("quarrel.txt", Article, "What is the Greenwick ferry line about?");

        Assert.DoesNotContain("It goes on", answer.Text, StringComparison.Ordinal);
    }
}
