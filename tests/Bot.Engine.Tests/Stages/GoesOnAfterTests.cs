using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// An answer resting on a sentence that leaves what is asked to the next goes on with it: "The quarrel is not simply
/// about the fees." with "It is more about who runs the quay.", and, asked what someone said at an occasion, the sentence
/// setting the occasion with the next one quoting them.
/// </summary>
public sealed class GoesOnAfterTests
{
    private const string QuarrelArticle = """
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
        var answer = DraftedArticle.Ask("quarrel.txt", QuarrelArticle, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(contains, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_AddsNothing_WhenTheNextSentenceCorrectsNothing()
    {
        var answer = DraftedArticle.Ask("quarrel.txt", QuarrelArticle, "What is the Greenwick ferry line about?");

        Assert.DoesNotContain("It goes on", answer.Text, StringComparison.Ordinal);
    }

    private const string MeetingArticle = """
        Harbour Towns Meet In Lorvik

        By Ada Quill | March 4, 2021

        The mayor of Greenwick, Ivo Sand, was included in a council meeting in Lorvik last month with the harbour master and six other officials. When the harbour master turned to Mr Sand, he said: “We will never pay the new toll, whatever the council decides.” The meeting ended without a vote.

        Greenwick has kept its quay open for fishing boats.
        """;

    [Fact]
    public void Ask_GoesOnToTheQuotation_WhenTheAnswerOnlySetsTheOccasion()
    {
        var answer = DraftedArticle.Ask("meeting.txt", MeetingArticle, "What did Ivo Sand say at the council meeting in Lorvik?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("never pay the new toll", answer.Text, StringComparison.Ordinal);
    }
}
