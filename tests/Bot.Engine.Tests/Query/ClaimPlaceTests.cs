using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Claims checked against a sentence of an article without an annotation for where something happened: another
/// country in the claim's place is a "no", unless the sentence lists the claim's own beside it; a sentence that says
/// the claim's names and most of its words but not its verb ("will vanish", "actually hit") confirms nothing.
/// </summary>
public sealed class ClaimPlaceTests
{
    private const string Article = """
        Rockets Over the Border

        By Ada Quill | March 4, 2021

        One night a Chilean rocket streaked across Peruvian airspace on its way to a target in Bolivia.

        The border drills were held in Argentina and Chile in the spring.

        Smuggling convoys grew after the border war began, but they are likely to outlive the war, having exposed the weakness of customs rules.

        Ana Lucero, the former teacher who most likely won the vote, has been a symbol of the protests rather than their leader.
        """;

    [Theory]
    [InlineData("Isn't it true that the Chilean rocket struck a target inside Peru?", "No.")]
    [InlineData("Did the Chilean rocket strike a target in Bolivia?", "Yes")]
    [InlineData("Were the border drills held in Chile?", "Yes")]
    public void Ask_SaysNo_WhenTheSentencePutsItInAnotherCountry(string question, string start)
    {
        var answer = DraftedArticle.Ask("rockets.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_SaysTheArticleDoesNotSay_WhenTheClaimNamesAPlaceTheFactLeavesOut()
    {
        var answer = DraftedArticle.Ask("rockets.txt", Article, "is ana lucero still in chile");

        Assert.True(answer.Status == AnswerStatus.Unknown && answer.Text.StartsWith("The article doesn't say", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("The smuggling convoys might actually vanish when the border war ends?")]
    [InlineData("The smuggling convoys will vanish when the border war ends, the article says this?")]
    public void Ask_DoesNotConfirm_WhenTheSentenceLeavesOutTheClaimsVerb(string question)
    {
        var answer = DraftedArticle.Ask("rockets.txt", Article, question);

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("Did the Chilean rocket actually streak across Peruvian airspace?")]
    [InlineData("did a chilean rocket actually fly over peru")]
    [InlineData("Will the smuggling convoys outlive the border war, according to the article?")]
    public void Ask_Confirms_WhenTheSentenceSaysTheClaimsVerb(string question)
    {
        var answer = DraftedArticle.Ask("rockets.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
