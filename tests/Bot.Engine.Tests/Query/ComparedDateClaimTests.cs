using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim measured against a date ("faster than in 2023?") of a sentence giving both that date and a later one is not
/// answered "No. That was 2025"; a claim dated plainly still is.
/// </summary>
public sealed class ComparedDateClaimTests
{
    private const string Article = """
        Flags for Hire

        Ships placed on the Kessberg blacklist now change their flags in an average of only 45 days in 2025, down from 120 days in 2023, according to the Harbour Register.
        """;

    [Theory]
    [InlineData("Do blacklisted ships change flags faster than they did in 2023?", false)]
    public void Ask_DatesAClaimOtherwise_OnlyWhenItIsNotMeasuredAgainstTheDateGiven(string question, bool datedOtherwise)
    {
        var answer = DraftedArticle.Ask("flags.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("45 days", StringComparison.Ordinal)
            && answer.Text.StartsWith("No. That was", StringComparison.Ordinal) == datedOtherwise, answer.Text);
    }
}
