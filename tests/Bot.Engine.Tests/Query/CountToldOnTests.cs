using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "charges against six organisers. They face ten years for sedition": the sentence after the count goes on about the
/// ones counted, so its words count with the count's own in finding it ("how many organisers face prison for sedition?").
/// </summary>
public sealed class CountToldOnTests
{
    private const string Text = """
        Kessberg Cracks Down

        By Ada Quill | Valley Review | March 4, 2021

        The protests in Kessberg went on all winter. Prosecutors have since brought new charges against six protest organisers, including Arlo Venn. They now face up to ten years in prison for alleged sedition.

        The mayor of Kessberg said the city would not give in.
        """;

    [Theory]
    [InlineData("How many organisers could go to prison for sedition?")]
    [InlineData("how many organisers face prison for sedition")]
    public void Ask_FindsTheCount_WhenTheNextSentenceSaysTheRest(string question)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Text, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("six protest organisers", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_StillRefuses_WhenNoSentenceNearTheCountSaysTheRest()
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Text, "How many organisers face prison for treason in the capital?");

        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
    }
}
