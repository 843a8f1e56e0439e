using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// A question word the article uses only in another form ("executions" where it says "executed"): it is no typo to
/// correct into another word the article uses ("elections"), it counts as one of the article's words, and a question
/// asking little else finds the sentence through that form. A name the article never mentions is still refused.
/// </summary>
public sealed class KindredWordTests : IDisposable
{
    private const string Article = """
        Valley Report

        By Ada Quill | March 4, 2021

        The regime executed more than 300 prisoners last year, the most since the 1970s.

        Turnout in the regional elections was just 11%, a record low.

        The governor moved the ministry of water to the coast.
        """;

    private readonly SeedFolder _seeds = new SeedFolder().With("valley-report.txt", Article);

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void Parse_KeepsAWordTheArticleUsesInAnotherForm_InsteadOfCorrectingItToAnotherWord()
    {
        var q = QuestionParser.Parse(new KnowledgeIndex(SeedLoader.Load(_seeds.Path)), "executions record?");

        Assert.Contains("executions", q.Foreign);
        Assert.Contains(Bot.Engine.Text.Stemmer.Stem("executions"), q.Kindred);
        Assert.DoesNotContain(Bot.Engine.Text.Stemmer.Stem("elections"), q.Residual);
    }

    [Fact]
    public void Decide_CountsAWordSaidInAnotherForm_AsOneOfTheArticles()
    {
        var decision = RefusalPolicy.Decide(QuestionParser.Parse(new KnowledgeIndex(SeedLoader.Load(_seeds.Path)), "executions of prisoners: historical comparison?"));

        Assert.False(decision.Refused);
        Assert.Contains(Bot.Engine.Text.Stemmer.Stem("executions"), decision.Question.Residual);
    }

    [Theory]
    [InlineData("executions of prisoners: historical comparison?")]
    [InlineData("executions of prisoners?")]
    public void Ask_FindsTheSentenceSayingTheWordInAnotherForm_WhenLittleElseIsAsked(string question)
    {
        var answer = new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("kin", question));

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.Contains("executed", StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }

    [Theory]
    [InlineData("How many executions did Borduria carry out?")]
    [InlineData("What is the regime's population?")]
    public void Ask_StillRefuses_WhatTheArticleLacks(string question)
    {
        var answer = new QueryEngine(SeedLoader.Load(_seeds.Path)).Ask(new Question("kin", question));

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }
}
