using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>"What did X say about Y?": a sentence where X only acts, and no one speaks, reports nothing X said.</summary>
public sealed class SpeakerSaidNothingTests
{
    private const string Article = """
        Harbour Notes

        By Ada Quill | March 4, 2021

        Admiral Tom Vale, head of the Northland navy, ordered the seizure of a Southland tanker near the strait on June 2.

        The same ports were targeted by drones during the night, just before Vale's tanker seizure became public.

        Southland's Foreign Minister Kai Brandt said the seizure was "piracy" and demanded the tanker's return.

        The strait is busy in summer, and fishing boats crowd its northern shore.
        """;

    [Theory]
    [InlineData("What has Vale said about the tanker seizure?")]
    [InlineData("what did admiral vale say about the seizure")]
    public void Ask_SaysTheArticleDoesNotSay_WhenTheAskedSpeakerOnlyActs(string question) =>
        Assert.Equal(AnswerStatus.Unknown, DraftedArticle.Ask("harbour-notes.txt", Article, question).Status);

    [Theory]
    [InlineData("What did Kai Brandt say about the seizure?")]
    [InlineData("what did brandt say after the seizure")]
    public void Ask_GivesTheWords_WhenTheAskedSpeakerSpeaks(string question)
    {
        var answer = DraftedArticle.Ask("harbour-notes.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("piracy", answer.Text, StringComparison.Ordinal);
    }
}
