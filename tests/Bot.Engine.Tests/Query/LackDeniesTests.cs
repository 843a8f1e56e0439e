using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "a lack of firm proof of feuding": a lack denies what it lacks, as "no proof" would, so a claim that there is proof
/// is answered no; a claim that says the lack itself is answered yes, its "lack" weighed once.
/// </summary>
public sealed class LackDeniesTests
{
    private const string Article = """
        Rivals in Kessberg

        By Ada Quill | March 4, 2021

        Rivalry between the Harbour Guard and the Tarn Council over Kessberg is probable, though local papers show a lack of firm proof of feuding.

        The council of Kessberg has since opened two grain depots for farmers.
        """;

    [Theory]
    [InlineData("Is there hard proof of feuding between the Harbour Guard and the Tarn Council?", "No")]
    [InlineData("Do local papers lack firm proof of feuding between the Harbour Guard and the Tarn Council?", "Yes")]
    public void Ask_ReadsALackAsDenyingWhatIsLacked(string question, string start)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
