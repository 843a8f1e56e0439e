using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// Which two a comparison sets side by side when the question names three: the two joined by "and" or either side of
/// "vs", while a name that only qualifies what they are compared on ("the Bolivian plan") is the topic, not a side.
/// </summary>
public sealed class ThreeNamedCompareTests
{
    private const string Apart = """
        Water Talks In The Highlands

        By Ines Varo | Andes Review | April 3, 2024

        Bolivia proposed a shared water plan for the highland lakes in March 2024, its foreign ministry said.

        Chile's foreign minister said the plan deserved careful study before any vote.

        Peru rejected the plan outright, its president told reporters in Lima.

        Farmers near the lakes have complained of falling water levels for years.
        """;

    private const string SetAgainst = """
        Water Talks In The Highlands

        By Ines Varo | Andes Review | April 3, 2024

        Bolivia proposed a shared water plan for the highland lakes in March 2024, its foreign ministry said.

        Chile's cautious welcome of the plan contrasted with Peru's outright rejection of it.

        Farmers near the lakes have complained of falling water levels for years.
        """;

    [Theory]
    [InlineData("How do Chile and Peru differ on the Bolivian plan?")]
    [InlineData("How do Chile and Peru differ on Bolivia's plan?")]
    [InlineData("Chile vs Peru response to the Bolivian plan?")]
    [InlineData("Peru vs Chile reaction to the plan")]
    public void Ask_GivesEachSidesOwnSentence_WhenTheArticleSaysThemApart(string question)
    {
        var answer = DraftedArticle.Ask("water.txt", Apart, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("deserved careful study", answer.Text);
        Assert.Contains("rejected the plan outright", answer.Text);
        Assert.DoesNotContain("Bolivia proposed", answer.Text);
        Assert.DoesNotContain("doesn't", answer.Text);
    }

    [Theory]
    [InlineData("Chile vs Peru response to the Bolivian plan?")]
    [InlineData("How do Chile and Peru differ on the plan?")]
    public void Ask_QuotesTheSentenceGivingBothSides_WhenTheArticleSetsThemAgainstEachOther(string question)
    {
        var answer = DraftedArticle.Ask("water.txt", SetAgainst, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("contrasted with Peru's outright rejection", answer.Text);
    }
}
