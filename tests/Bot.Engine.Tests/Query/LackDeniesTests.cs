using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "despite the lack of clear evidence of infighting": a lack denies what it lacks, as "no evidence" would, so a claim that
/// there is evidence is answered no; a claim that says the lack itself is answered yes, its "lack" weighed once.
/// </summary>
public sealed class LackDeniesTests
{
    private const string Article = """
        Rivals in Kessberg

        By Ada Quill | March 4, 2021

        There is likely competition between the Harbour Guard and the Tarn Council for influence in Kessberg, despite the lack of clear evidence of infighting in local media.

        The council of Kessberg has since opened two grain depots for farmers.
        """;

    [Theory]
    [InlineData("Is there hard evidence of infighting between the Harbour Guard and the Tarn Council?", "No")]
    [InlineData("Do local media lack clear evidence of infighting between the Harbour Guard and the Tarn Council?", "Yes")]
    public void Ask_ReadsALackAsDenyingWhatIsLacked(string question, string start)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
