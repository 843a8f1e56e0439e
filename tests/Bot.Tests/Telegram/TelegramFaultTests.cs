using System.Text.Json.Nodes;
using Bot.Telegram.Chats;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

/// <summary>Faults injected by the fake Bot API: nothing is lost, nothing is sent twice.</summary>
public sealed class TelegramFaultTests : IAsyncLifetime
{
    private const long User = 601;
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData(429, "Too Many Requests: retry after 1")]
    [InlineData(502, "Bad Gateway")]
    [InlineData(500, "Internal Server Error")]
    [InlineData(0, "connection dropped")]
    public async Task SendMessage_IsResentOnce_WhenTelegramFailsTransiently(int status, string description)
    {
        _api.Fail("sendMessage", status, description, times: status == 429 ? 1 : 2,
            parameters: status == 429 ? new JsonObject { ["retry_after"] = 1 } : null);
        await using var bot = await BotUnderTest.StartAsync(_api);

        var id = _api.Enqueue(Updates.Private(User, "who is Putin?"))[0];

        await _api.WaitUntilAsync(a => a.Sent.Count == 1 && a.ConfirmedOffset > id);
        Assert.Single(_api.Sent);
        Assert.True(_api.CallsTo("sendMessage").Count > 1);
    }

    [Fact]
    public async Task SendMessage_IsNotResent_WhenTelegramPostsItButItsReplyCannotBeRead()
    {
        _api.Garble("sendMessage");
        await using var bot = await BotUnderTest.StartAsync(_api);

        var first = _api.Enqueue(Updates.Private(User, "who is Putin?"))[0];
        await _api.WaitUntilAsync(a => a.ConfirmedOffset > first);
        // The chat's next answer comes after every retry of the first would have been made.
        _api.Enqueue(Updates.Private(User, "who is Tokayev?"));
        await _api.WaitUntilAsync(a => a.Sent.Count >= 2);

        Assert.Equal(2, _api.CallsTo("sendMessage").Count);
        Assert.Equal(2, _api.Sent.Select(m => m.ReplyTo).Distinct().Count());
    }

    [Fact]
    public async Task SendMessage_ResendsAsPlainText_WhenEntitiesCannotBeParsed()
    {
        _api.Fail("sendMessage", 400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0");
        await using var bot = await BotUnderTest.StartAsync(_api);

        _api.Enqueue(Updates.Private(User, "who is Putin?"));

        await _api.WaitUntilAsync(a => a.Sent.Count == 1);
        Assert.False(_api.Sent[0].IsHtml);
        Assert.DoesNotContain("<blockquote>", _api.Sent[0].Text);
    }

    [Fact]
    public async Task SendMessage_StopsSendingToChat_WhenBotWasBlocked()
    {
        _api.Fail("sendMessage", 403, "Forbidden: bot was blocked by the user");
        await using var bot = await BotUnderTest.StartAsync(_api);

        _api.Enqueue(Updates.Private(User, "who is Putin?"));
        await _api.WaitUntilAsync(a => a.CallsTo("sendMessage").Count == 1);
        // The refusal is recorded once the bot has read the 403, which is just after the call the server saw.
        await Bot.Tests.Discord.Fakes.Wait.UntilAsync(() => bot.Services.GetRequiredService<ChatDirectory>().IsInactive(User), what: "the chat to be recorded as gone");
        var digest = new Bot.Engine.Digests.Digest(new DateOnly(2024, 1, 1), "Daily", []);
        var result = await bot.Services.GetServices<Bot.Messaging.IDigestSender>().Single(s => s.Platform == "telegram").SendDigestAsync($"{User}", digest, "k", CancellationToken.None);

        Assert.Equal(Bot.Messaging.SendOutcome.ChatGone, result.Outcome);
        Assert.True(bot.Services.GetRequiredService<ChatDirectory>().IsInactive(User));
        Assert.Single(_api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendMessage_IsNotSentIntoTheBlockAgain_WhenMessagesWereQueuedBeforeIt()
    {
        _api.Fail("sendMessage", 403, "Forbidden: bot was blocked by the user", times: 100);
        await using var bot = await BotUnderTest.StartAsync(_api);

        var last = _api.Enqueue(Updates.Private(User, "who is Putin?"), Updates.Private(User, "who is Nazarbaev?"), Updates.Private(User, "and Tokayev?"))[^1];

        await _api.WaitUntilAsync(a => a.ConfirmedOffset > last);
        Assert.Single(_api.CallsTo("sendMessage"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SendMessage_ResumesToBlockedChat_WhenItWritesAfterTheBlockOrAllowsTheBotAgain(bool writesAgain)
    {
        _api.Fail("sendMessage", 403, "Forbidden: bot was blocked by the user");
        await using var bot = await BotUnderTest.StartAsync(_api);
        _api.Enqueue(Updates.Private(User, "who is Putin?"));
        await _api.WaitUntilAsync(a => a.CallsTo("sendMessage").Count == 1);
        var later = DateTimeOffset.UtcNow.AddSeconds(2);

        _api.Enqueue(writesAgain ? Updates.Private(User, "who is Putin?", date: later) : Updates.Membership(User, "member", later));
        if (!writesAgain)
            _api.Enqueue(Updates.Private(User, "who is Putin?"));

        await _api.WaitUntilAsync(a => a.Sent.Count == 1);
        Assert.Equal(2, _api.CallsTo("sendMessage").Count);
    }

    [Fact]
    public async Task SendMessage_ContinuesInSupergroup_WhenGroupWasMigrated()
    {
        const long oldChat = -600, newChat = -100600;
        _api.Fail("sendMessage", 400, "Bad Request: group chat was upgraded to a supergroup chat",
            when: body => body["chat_id"]!.GetValue<long>() == oldChat, parameters: new JsonObject { ["migrate_to_chat_id"] = newChat }, times: 100);
        await using var bot = await BotUnderTest.StartAsync(_api);

        _api.Enqueue(Updates.Group(oldChat, User, "@ArticleBot who is Putin?"), Updates.Group(oldChat, User, "@ArticleBot and Nazarbaev?"));

        await _api.WaitUntilAsync(a => a.Sent.Count == 2);
        Assert.All(_api.Sent, s => Assert.Equal(newChat, s.ChatId));
        Assert.Single(_api.CallsTo("sendMessage"), c => c.ChatId == oldChat);
    }

    [Theory]
    [InlineData(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")]
    [InlineData(502, "Bad Gateway")]
    [InlineData(0, "connection dropped")]
    public async Task Polling_KeepsGoing_WhenGetUpdatesFails(int status, string description)
    {
        _api.Fail("getUpdates", status, description, times: 3);
        await using var bot = await BotUnderTest.StartAsync(_api);

        _api.Enqueue(Updates.Private(User, "who is Putin?"));

        await _api.WaitUntilAsync(a => a.Sent.Count == 1);
        Assert.Equal(3, _api.CallsTo("getUpdates").Count(c => c.Status == status));
    }

    [Fact]
    public async Task Restart_AnswersEveryUpdateExactlyOnce_WhenStoppedMidHandling()
    {
        const long slowChat = 602;
        var state = BotUnderTest.NewStateDirectory();
        _api.Fail("sendMessage", 502, "Bad Gateway", when: b => b["chat_id"]!.GetValue<long>() == slowChat, delay: TimeSpan.FromSeconds(5));
        var first = await BotUnderTest.StartAsync(_api, state, s => s["Telegram:ShutdownDrain"] = "00:00:00.200");
        var updates = Enumerable.Range(0, 10).Select(i => Updates.Private(User + (i % 3), $"who is Putin? {i}")).Append(Updates.Private(slowChat, "who is Putin?")).ToArray();
        var ids = _api.Enqueue(updates);
        // Stopped while the slow reply is held: every other reply sent, the slow one's request arrived and not answered.
        await _api.WaitUntilAsync(a => a.Sent.Count == 10 && a.FaultsLeft == 0);
        await first.DisposeAsync();

        await using var second = await BotUnderTest.StartAsync(_api, state);
        await _api.WaitUntilAsync(a => a.ConfirmedOffset > ids[^1] && a.Sent.Count == 11);

        var replies = _api.Sent.Select(s => (s.ChatId, s.ReplyTo)).ToList();
        Assert.Equal(replies.Count, replies.Distinct().Count());
        Assert.Contains(replies, r => r.ChatId == slowChat);
    }
}
