using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "What does Jo think is the best way?": a superlative after a verb of holding is the holder's judgement, answered by
/// their view; a superlative asked of the article ("which protest was the biggest?") still needs the article to rank.
/// </summary>
public sealed class JudgedBestTests
{
    private const string Article = """
        Talks Over the Lorvik Dam

        By Ada Quill | March 4, 2021

        Ivo Brand, Borduria's envoy, argued that the two governments should settle the dispute over the Lorvik dam through direct negotiations rather than force.

        Protests against the dam were held in Lorvik and in Ruritania's capital in May.
        """;

    [Theory]
    [InlineData("What does Ivo Brand think is the best way to settle the dispute over the dam?")]
    [InlineData("what Brand believes is most important for settling the dam dispute?")]
    public void Ask_GivesTheHoldersView_WhenTheSuperlativeIsTheirJudgement(string question)
    {
        var answer = DraftedArticle.Ask("dam.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("direct negotiations", StringComparison.Ordinal), answer.Text);
    }

    [Fact]
    public void Ask_SaysTheArticleDoesNotRank_WhenTheSuperlativeIsAskedOfTheArticle()
    {
        var answer = DraftedArticle.Ask("dam.txt", Article, "Which protest against the dam was the biggest?");

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Theory]
    [InlineData(new[] { "what", "does", "jo", "think", "is", "the", "best", "way" }, 6, true)]
    [InlineData(new[] { "which", "protest", "was", "the", "biggest" }, 4, false)]
    [InlineData(new[] { "what", "do", "they", "think", "of", "the", "city", "s", "biggest", "park" }, 8, false)]
    public void JudgedBest_ReadsAVerbOfHoldingJustBefore(string[] tokens, int superlative, bool expected) =>
        Assert.Equal(expected, Bot.Engine.Query.Words.JudgedBest(tokens, superlative));
}
