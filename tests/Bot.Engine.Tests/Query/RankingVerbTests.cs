using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "How does X rank among ...?" asks how X compares, which an article says in its own words ("the third-largest", "its
/// hardest test since"): the verb it never uses is no gap in it.
/// </summary>
public sealed class RankingVerbTests
{
    private const string Text = """
        Kessberg Trawlers Face a Hard Winter

        By Ada Quill | March 4, 2021

        Minister Arlo Venn is facing his hardest test since the harbour strike of 2019.

        Kessberg has the region's third-largest fleet of trawlers, yet its quay is crumbling.
        """;

    [Theory]
    [InlineData("How does Kessberg's trawler fleet rank among the region's fleets?", "third-largest")]
    [InlineData("How does this test rank against the other challenges Arlo Venn has faced since 2019?", "hardest test")]
    public void Ask_AnswersHowSomethingRanks_InTheArticlesWords(string question, string expected)
    {
        var answer = DraftedArticle.Ask("kessberg-trawlers.txt", Text, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
