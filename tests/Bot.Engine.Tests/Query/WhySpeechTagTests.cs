using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "Explained" that only tags who spoke (", explained a spokesman") gives no reason: the sentence after it, where
/// the reason stands, goes with the answer; "which explains" still gives one.
/// </summary>
public sealed class WhySpeechTagTests
{
    private const string Text = """
        Bridge Shut In Lorvik

        By Ada Quill | Valley Review | March 4, 2021

        The council of Lorvik shut the old river bridge to all traffic in March, explained a council spokesman. Its stone pillars had cracked in the winter floods.

        Fishing boats still leave the harbour at dawn, though fewer each year.
        """;

    [Fact]
    public void Why_GoesOnToTheNextSentence_WhenExplainedOnlyTagsTheSpeaker()
    {
        var answer = DraftedArticle.Ask("bridge.txt", Text, "Why did the council shut the old river bridge?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("pillars had cracked", answer.Text);
    }
}
