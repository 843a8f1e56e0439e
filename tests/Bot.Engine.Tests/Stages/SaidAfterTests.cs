using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "The mayor was at the council meeting." then "When the chair turned to her, she said: “...”": asked what someone said
/// at an occasion, the answer goes on from the sentence setting the occasion to the next one quoting them.
/// </summary>
public sealed class SaidAfterTests
{
    private const string Article = """
        Harbour Towns Meet In Lorvik

        By Ada Quill | March 4, 2021

        The mayor of Greenwick, Ivo Sand, was included in a council meeting in Lorvik last month with the harbour master and six other officials. When the harbour master turned to Mr Sand, he said: “We will never pay the new toll, whatever the council decides.” The meeting ended without a vote.

        Greenwick has kept its quay open for fishing boats.
        """;

    [Fact]
    public void Ask_GoesOnToTheQuotation_WhenTheAnswerOnlySetsTheOccasion()
    {
        var answer = DraftedArticle.Ask("meeting.txt", Article, "What did Ivo Sand say at the council meeting in Lorvik?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("never pay the new toll", answer.Text, StringComparison.Ordinal);
    }
}
