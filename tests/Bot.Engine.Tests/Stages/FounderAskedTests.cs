using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Who set up / started / created X?" asks who founded it: the sentence saying who founded it answers, with that
/// person named, and the writer of the article is never taken for the founder.
/// </summary>
public sealed class FounderAskedTests
{
    private const string Article = """
        Harbour Papers Change Hands

        By Ann Writer

        March 3, 2024

        The Tide, a weekly newspaper in Portsmere, was founded by Oren Mallow in 1998. It is now owned by the Castellan Group, a holding firm.

        Its editor, Lisa Brann, said the paper would keep printing on Fridays.
        """;

    [Theory]
    [InlineData("Who founded the Tide?")]
    [InlineData("who set up the Tide?")]
    [InlineData("who started the tide")]
    [InlineData("Who created the Tide?")]
    [InlineData("who launched the Tide?")]
    [InlineData("Who is the founder of the Tide?")]
    public void Ask_NamesTheFounder_HoweverTheQuestionSaysFounding(string question)
    {
        var answer = DraftedArticle.Ask("tide.txt", Article, question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("Oren Mallow", answer.Text, StringComparison.Ordinal);
    }
}
