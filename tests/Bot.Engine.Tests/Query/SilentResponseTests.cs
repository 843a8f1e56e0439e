using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How did X respond to the Tribune?" when the article reports X saying nothing to it ("did not respond to the
/// Tribune's requests for comment"): that silence is X's response. After a question about X, the fragment "Response to
/// the Tribune?" asks the same.
/// </summary>
public sealed class SilentResponseTests
{
    private const string Article = "Mill Exports\n\nBy Ada Quill | March 4, 2021\n\n"
        + "Kessberg Trading Ltd shipped turbines to Borduria through a trading house in Lorvik, the Harrow Tribune found.\n\n"
        + "Kessberg Trading Ltd is not sanctioned by any government. Kessberg Trading Ltd did not respond to the Harrow Tribune's requests for comment.\n\n"
        + "Minister Arlo Venn told the Harrow Tribune that the exports were legal.\n";

    [Theory]
    [InlineData(new[] { "How did Kessberg Trading Ltd respond to the Harrow Tribune?" }, "did not respond")]
    [InlineData(new[] { "Kessberg Trading Ltd' response to the Harrow Tribune?" }, "did not respond")]
    [InlineData(new[] { "Kessberg Trading Ltd: sanctions status?", "Response to the Harrow Tribune?" }, "did not respond")]
    public void Ask_GivesTheReportedSilence_AsTheResponseOfOneWhoSaidNothing(string[] questions, string expected)
    {
        var answer = DraftedArticle.Converse("mills.txt", Article, questions);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How did Arlo Venn respond to the Harrow Tribune?")]
    [InlineData("How did Kessberg Trading Ltd respond to the sanctions on Borduria?")]
    public void Ask_KeepsTheSilenceApart_WhenItIsAnotherOnesOrToAnotherThing(string question) =>
        Assert.DoesNotContain("did not respond", DraftedArticle.Ask("mills.txt", Article, question).Text, StringComparison.Ordinal);
}
