using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A claim's share that counts nothing after it ("cut its army by a third") is held against the share a sentence gives
/// of its subject ("slashing the troop strength by 60%"), though the claim puts the rest in other words, rather than
/// against a sentence that only shares the claim's words.
/// </summary>
public sealed class ShareOfNothingClaimTests
{
    private const string Article = """
        A Plan For Kessberg

        By Ada Quill | March 4, 2021

        Kessberg's army has long resisted any plan drawn up abroad, and its generals would cut no deal.

        Envoys met in Ardel on Monday. Sources familiar with the secret document say it envisages slashing Kessberg's troop strength by 60%.

        Minister Arlo Venn said the harvest would recover within two years.
        """;

    [Theory]
    [InlineData("Would the plan cut Kessberg's army by about a third?")]
    [InlineData("Would the plan cut the army of Kessberg by a fifth?")]
    [InlineData("Would the accord reduce Kessberg's forces by about a third?")]
    public void Ask_GainsaysTheShare_WithTheSubjectsOtherShare(string question)
    {
        var answer = DraftedArticle.Ask("kessberg.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("No", StringComparison.Ordinal)
            && answer.Text.Contains("60%", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
