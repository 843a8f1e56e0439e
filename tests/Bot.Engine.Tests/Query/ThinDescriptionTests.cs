using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What is X?" of a thing or body an article drafted at load describes in a word or two ("Rusty trawler.", "New patrol."):
/// the sentence the description was cut from goes with it, as it says what the thing is or is for.
/// </summary>
public sealed class ThinDescriptionTests
{
    private const string Text = """
        Anglers March on the Kessberg Harbour Office

          • By Ana Pereira

        On May 3 a crowd of angry anglers marched on the harbour office in Kessberg, demanding the release of two fishermen.

        This spring the harbour council launched a new patrol, Lake Sentinel, to guard the fishing nets. One rusty trawler, the Marlow, shows how hard the nets are to watch.

        Minister Arlo Venn later ordered the two fishermen freed.
        """;

    [Theory]
    [InlineData("What is the Marlow?", "how hard the nets are to watch")]
    [InlineData("what's the marlow", "how hard the nets are to watch")]
    [InlineData("What is Lake Sentinel for?", "to guard the fishing nets")]
    public void Ask_GivesTheSentenceTheDescriptionWasCutFrom_WhenTheDescriptionIsThin(string question, string expected)
    {
        var answer = DraftedArticle.Ask("kessberg-patrol.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }

    [Theory]
    [InlineData("Who owns the Marlow?")]
    [InlineData("Who funds the Marlow?")]
    public void Ask_AddsNoSentence_WhenTheQuestionAsksSomethingElseOfTheThing(string question)
    {
        var answer = DraftedArticle.Ask("kessberg-patrol.txt", Text, question);

        Assert.DoesNotContain("how hard the nets are to watch", answer.Text);
    }
}
