using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// A sentence that dates itself from the one before ("have since boycotted") says what a claim counts from ("since the
/// vote") when that sentence tells it, even across a paragraph break.
/// </summary>
public sealed class SinceClaimTests
{
    private const string Article = """
        A Parliament Alone

        By Ada Quill | March 4, 2021

        The ruling party won 54% of the vote in last year's disputed parliamentary elections.

        All opposition parties have since boycotted parliament leaving it entirely in government hands.

        A border war with the north broke out in 2019.
        """;

    [Theory]
    [InlineData("Have opposition parties been staying away from parliament since the vote?", "Yes")]
    [InlineData("Have opposition parties boycotted parliament since the vote?", "Yes")]
    public void Ask_ReadsSinceAsCountingFromTheSentenceBefore(string question, string start)
    {
        var answer = DraftedArticle.Ask("alone.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Fact]
    public void Ask_DoesNotConfirm_WhatTheSentenceBeforeDoesNotTell()
    {
        var answer = DraftedArticle.Ask("alone.txt", Article, "Have opposition parties boycotted parliament since the war?");

        Assert.False(answer.Text.StartsWith("Yes", StringComparison.Ordinal), answer.Text);
    }
}
