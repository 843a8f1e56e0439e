using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// "when did the protest start?" asks the date of the protest: a verb saying only that something began is phrasing,
/// whether or not the article uses it. A date after "since" is what an event is measured against, not when it happened.
/// </summary>
public sealed class OnsetVerbTests
{
    private const string Text = """
        Dockers Strike at Marrow

        By Ada Quill | Coast Courier | May 5, 2026

        Dockers at the port of Marrow held a protest on April 30, closing the harbour for the first time since 2011.

        The harbour board said the closure had cost traders about €2 million.
        """;

    [Theory]
    [InlineData("When did the protest start?")]
    [InlineData("when did the protest begin")]
    [InlineData("When was the harbour closed?")]
    public void Ask_DatesWhatItNames(string question)
    {
        var answer = DraftedArticle.Ask("dockers.txt", Text, question);

        Assert.StartsWith("April 30", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StillRefuses_WhatTheArticleLacks()
    {
        var answer = DraftedArticle.Ask("dockers.txt", Text, "When did the walkout start?");

        Assert.DoesNotContain("April 30", answer.Text, StringComparison.Ordinal);
        Assert.Contains("walkout", answer.Text, StringComparison.Ordinal);
    }
}
