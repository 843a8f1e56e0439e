using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "that money" of a sentence that names the money but not what is asked of it ("where did it come from?"): the answer is
/// the sentence just after it in its paragraph that tells it, not the sentence already shown again.
/// </summary>
public sealed class ThingShownAskedAfterTests
{
    private const string Text = """
        Weavers of Lintford Turn Away From the Guild

          • By Mara Quist

        Lintford's weavers met the guild's envoy on Tuesday. Most of the weavers care more about money than about the guild, says Piet Rosen, a dyer. In the past much of that has come from selling wool to Dunmarsh, but the flood has now cut the road.

        The envoy promised the weavers new looms before winter.
        """;

    private static Answer Converse(string followUp) =>
        DraftedArticle.Converse("lintford-weavers.txt", Text, "What do most of the weavers care about?", followUp);

    [Fact]
    public void Ask_AnswersFromTheSentenceAfterTheOneShown_WhenItTellsWhatIsAskedOfTheThing()
    {
        var answer = Converse("And where did that money use to come from?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("selling wool to Dunmarsh", answer.Text);
    }

    [Fact]
    public void Ask_KeepsToTheSentenceShown_WhenTheOneAfterDoesNotTellWhatIsAsked()
    {
        var answer = Converse("Who spends that money?");

        Assert.DoesNotContain("Dunmarsh", answer.Text);
    }
}
