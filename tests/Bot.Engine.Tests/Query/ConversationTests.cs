using Bot.Engine.Query;
using Bot.Engine.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Engine.Tests.Query;

public sealed class ConversationTests
{
    [Fact]
    public void Ask_ForgetsContext_WhenConversationIdleTooLong()
    {
        var time = new FakeTimeProvider();
        var engine = new QueryEngine(SeededEngine.Knowledge, time, TimeSpan.FromMinutes(30));

        engine.Ask(new Question("c", "who is urazaev"));
        time.Advance(TimeSpan.FromMinutes(31));
        var answer = engine.Ask(new Question("c", "what did he say?"));

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
    }

    [Fact]
    public void Ask_KeepsContext_WithinExpiry()
    {
        var time = new FakeTimeProvider();
        var engine = new QueryEngine(SeededEngine.Knowledge, time, TimeSpan.FromMinutes(30));

        engine.Ask(new Question("c", "who is urazaev"));
        time.Advance(TimeSpan.FromMinutes(29));
        var answer = engine.Ask(new Question("c", "what did he say?"));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("refrain", answer.Text);
    }

    [Theory]
    [InlineData("why?")]
    [InlineData("when was that?")]
    [InlineData("what did he say?")]
    public void Ask_AsksForASubject_WhenAFirstQuestionOnlyPointsBack(string question)
    {
        var engine = new QueryEngine(SeededEngine.Knowledge);

        var answer = engine.Ask(new Question("fresh", question));

        Assert.Equal(AnswerStatus.Unknown, answer.Status);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData("why did kazakhstan refuse? and what about Nagorno?")]
    [InlineData("Cost to Astana had it joined the mission? and what about Tbilisi?")]
    public void Ask_AnswersAFollowUpThatNamesNothingTheArticleKnows_WithoutFailing(string question)
    {
        var engine = new QueryEngine(SeededEngine.Knowledge);

        engine.Ask(new Question("c", "why did kazakhstan refuse to send troops?"));
        var answer = engine.Ask(new Question("c", question));

        Assert.NotEmpty(answer.Text);
    }

    [Fact]
    public void Ask_SeparatesConversations_ByConversationId()
    {
        var engine = new QueryEngine(SeededEngine.Knowledge);

        engine.Ask(new Question("a", "who is urazaev"));
        engine.Ask(new Question("b", "who is shamanov"));
        var a = engine.Ask(new Question("a", "what did he say?"));

        Assert.Contains("Urazaev", a.Text);
    }

    [Fact]
    public void Ask_BoundsRememberedConversations()
    {
        var engine = new QueryEngine(SeededEngine.Knowledge, maxConversations: 100);

        for (var i = 0; i < 1_000; i++)
            engine.Ask(new Question($"chat-{i}", "who is putin"));

        Assert.InRange(engine.ConversationCount, 1, 100);
    }

    [Fact]
    public async Task Ask_IsSafe_FromManyThreadsAtOnce()
    {
        var engine = new QueryEngine(SeededEngine.Knowledge);
        var questions = new[] { "who is shamanov", "why did kazakhstan refuse", "what happened on june 22", "and kyrgyzstan?", "what did he say" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 400).Select(i =>
            Task.Run(() => engine.Ask(new Question($"chat-{i % 20}", questions[i % questions.Length])))));

        Assert.All(answers, a => Assert.NotEmpty(a.Text));
    }

    [Fact]
    public void Reload_AnswersFromNewKnowledge_AfterSwap()
    {
        using var harbour = HarbourArticle.Folder();
        var engine = new QueryEngine(SeededEngine.Knowledge);

        engine.Reload(Bot.Engine.Loading.SeedLoader.Load(harbour.Path));
        var answer = engine.Ask(new Question("c", "who is jane roe"));

        Assert.Contains("Mayor of Port Alder", answer.Text);
    }

    [Fact]
    public void Reload_ReadsARepeatedQuestionAfresh_WhenAskedBeforeTheSwap()
    {
        using var harbour = HarbourArticle.Folder();
        var engine = new QueryEngine(SeededEngine.Knowledge);
        engine.Ask(new Question("c", "who is jane roe"));

        engine.Reload(Bot.Engine.Loading.SeedLoader.Load(harbour.Path));
        var answer = engine.Ask(new Question("d", "who is jane roe"));

        Assert.Contains("Mayor of Port Alder", answer.Text);
    }

    [Theory]
    [InlineData("who?")]
    [InlineData("what about that?")]
    [InlineData("more")]
    [InlineData("why?")]
    public void Reload_AnswersAFollowUp_WhenWhatItFollowsIsGoneFromTheNewKnowledge(string followUp)
    {
        using var harbour = HarbourArticle.Folder();
        var engine = new QueryEngine(SeededEngine.Knowledge);
        engine.Ask(new Question("c", "who is shamanov"));

        engine.Reload(Bot.Engine.Loading.SeedLoader.Load(harbour.Path));
        var answer = engine.Ask(new Question("c", followUp));

        Assert.NotEmpty(answer.Text);
    }

    [Theory]
    [InlineData("What is Mayor Roe's position on dredging the harbour?", "Greenwick's counter-position?", "oyster beds")]
    [InlineData("What does Jane Roe want for the harbour plan?", "and Greenwick want what?", "oyster beds")]
    [InlineData("What is Port Alder's stance on the new harbour rules?", "Greenwick's counter-position?", "oyster beds")]
    public void Ask_GivesTheOtherSidesViewOfWhatWasJustDiscussed_OrItsViewAtLarge(string first, string followUp, string expected)
    {
        using var harbour = HarbourArticle.Folder();
        var engine = new QueryEngine(Bot.Engine.Loading.SeedLoader.Load(harbour.Path));
        engine.Ask(new Question("c", first));

        var answer = engine.Ask(new Question("c", followUp));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text);
    }
}
