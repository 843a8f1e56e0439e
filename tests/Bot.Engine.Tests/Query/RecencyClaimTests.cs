using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>"the recent conference": a word placing the claim by the asker's now is not one the article must say.</summary>
public sealed class RecencyClaimTests
{
    private const string Article = """
        Allies In The North

        By Ada Quill | March 4, 2021

        Recent sanctions have hit Borduria hard, and a secret report warns of more.

        The conference in Minsk demonstrated the growing military coordination between Ruritania and Borduria, so parts of the meeting merit closer study.
        """;

    [Fact]
    public void Ask_ConfirmsTheClaim_WithoutTheArticleSayingRecent()
    {
        var answer = DraftedArticle.Ask("north.txt", Article, "Did the recent conference in Minsk show growing military coordination between Ruritania and Borduria?");

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotConfirm_WhenAnotherWordOfTheClaimIsUnsaid()
    {
        var answer = DraftedArticle.Ask("north.txt", Article, "Did the secret conference in Minsk show growing military coordination between Ruritania and Borduria?");

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
