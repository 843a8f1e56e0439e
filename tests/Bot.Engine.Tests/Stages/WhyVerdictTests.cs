using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "Why is X's talk mostly noise?": nothing the article explains in so many words, but a verdict sentence saying part of
/// the question that its paragraph goes on from holds the author's grounds, and answers with them.
/// </summary>
public sealed class WhyVerdictTests
{
    private const string Article = """
        Brave words in Vell

        By Ada Quill | March 4, 2021

        The rulers of Vell boast on television of hidden silos and a fleet ready to sail. Every evening the state channel shows parades.

        Mostly, this boasting is hollow. Two of its three shields have been broken. Its old allies in the hills were crushed last spring.

        The markets in Vell are quiet. Bread costs twice what it did, and the harbour workers complain.

        Sales of grain at the harbour in Vell fell this year by a third.
        """;

    [Theory]
    [InlineData("Why are the parades and the harbour so hollow?", "shields have been broken")]
    [InlineData("why r the parades n the harbour so hollow lol", "shields have been broken")]
    public void Ask_GivesTheVerdictWithItsGrounds_WhenNoSentenceSaysWhy(string question, string expected)
    {
        var answer = DraftedArticle.Ask("brave-words.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains(expected, StringComparison.Ordinal), answer.Text);
    }

    [Theory]
    [InlineData("By how much did the harbour wages of Vell fall because of the boasting?")]
    public void Ask_GivesNoVerdict_WhenTheQuestionAsksAnAmount(string question)
    {
        var answer = DraftedArticle.Ask("brave-words.txt", Article, question);

        Assert.DoesNotContain("shields", answer.Text, StringComparison.Ordinal);
    }
}
