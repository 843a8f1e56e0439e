using Bot.Telegram;
using Bot.Telegram.Chats;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

/// <summary>Per-user flood control: bounded in memory, and applied to inline queries as well as messages.</summary>
public sealed class TelegramFloodTests
{
    private const long User = 1001;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    [Fact]
    public void Check_NotifiesOnceThenDropsThenAllowsAgain_WhenUserExceedsLimit()
    {
        var time = new FakeTimeProvider();
        var flood = new FloodControl(new TelegramOptions { FloodMessages = 2, FloodWindow = Window }, time);

        var verdicts = Enumerable.Range(0, 4).Select(_ => flood.Check(User)).ToList();
        time.Advance(Window);

        Assert.Equal([FloodVerdict.Allowed, FloodVerdict.Allowed, FloodVerdict.Notify, FloodVerdict.Drop], verdicts);
        Assert.Equal(FloodVerdict.Allowed, flood.Check(User));
    }

    [Fact]
    public void Check_ForgetsUsers_WhenIdlePastTheWindow()
    {
        var time = new FakeTimeProvider();
        var flood = new FloodControl(new TelegramOptions { FloodMessages = 2, FloodWindow = Window }, time);
        for (var user = 1; user <= 100; user++)
            flood.Check(user);

        time.Advance(Window + TimeSpan.FromSeconds(1));
        flood.Check(User);

        Assert.Equal(1, flood.TrackedUsers);
    }

    [Fact]
    public void Check_TracksAtMostTheCap_WhenManyUsersWriteAtOnce()
    {
        var flood = new FloodControl(new TelegramOptions { FloodMessages = 2, FloodWindow = Window, FloodTrackedUsers = 10 }, new FakeTimeProvider());

        for (var user = 1; user <= 50; user++)
            flood.Check(user);

        Assert.Equal(10, flood.TrackedUsers);
    }

    [Fact]
    public async Task InlineQuery_IsFloodControlled_WhenOneUserSendsMany()
    {
        await using var running = await RunningBot.StartAsync(configure: s => s["Telegram:FloodMessages"] = "5");

        running.Api.Enqueue([.. Enumerable.Range(0, 30).Select(i => Updates.Inline(User, $"who is Nazarbaev {i}"))]);
        await running.AskAsync(Updates.Private(User + 1, "who is Putin?"));
        await running.Api.WaitUntilAsync(a => a.CallsTo("answerInlineQuery").Count >= 6);
        await Task.Delay(200);

        var answers = running.Api.CallsTo("answerInlineQuery").Select(c => c.Body["results"]!.AsArray().Count).ToList();
        Assert.Equal(5, answers.Count(n => n > 0));
        Assert.Single(answers, n => n == 0);
    }

    [Fact]
    public async Task InlineQueries_KeepOtherUsersContext_WhenConversationsAreFew()
    {
        await using var running = await RunningBot.StartAsync(configure: s => s["Engine:MaxConversations"] = "3");
        await running.AskAsync(Updates.Private(User, "who is Nazarbaev?"));

        running.Api.Enqueue([.. Enumerable.Range(0, 10).Select(i => Updates.Inline(User + 1, $"who is Putin {i}"))]);
        await running.Api.WaitUntilAsync(a => a.CallsTo("answerInlineQuery").Count == 10);
        var followUp = await running.AskAsync(Updates.Private(User, "what did he say?"));
        var withoutContext = await running.AskAsync(Updates.Private(User + 2, "what did he say?"));

        Assert.NotEqual(withoutContext.PlainText, followUp.PlainText);
    }
}
