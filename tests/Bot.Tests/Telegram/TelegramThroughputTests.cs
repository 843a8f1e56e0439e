using Bot.Telegram;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

/// <summary>Fairness and rate limits: many chats at once, each answered once, in order, within the limits.</summary>
public sealed class TelegramThroughputTests
{
    [Fact]
    public async Task Burst_AnswersEachUpdateOnceInChatOrderWithinLimits_When1000UpdatesFrom100Chats()
    {
        await using var api = await FakeBotApi.StartAsync();
        var chats = Enumerable.Range(1, 100).Select(i => i % 2 == 0 ? (long)(700 + i) : -100_700 - i).ToArray();
        var updates = Enumerable.Range(0, 1000).Select(i =>
        {
            var chat = chats[i % chats.Length];
            return chat > 0 ? Updates.Private(chat, $"who is Putin? {i}") : Updates.Group(chat, 9000 + i % 7, $"@ArticleBot who is Putin? {i}");
        }).ToArray();
        var expectedOrder = updates.GroupBy(u => u["message"]!["chat"]!["id"]!.GetValue<long>())
            .ToDictionary(g => g.Key, g => g.Select(u => u["message"]!["message_id"]!.GetValue<int>()).ToList());
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:PerChatPeriod"] = "00:00:00.050",
            ["Telegram:PerGroupPeriod"] = "00:00:03",
            ["Telegram:GlobalMessages"] = "300",
            ["Telegram:GlobalPeriod"] = "00:00:01",
            ["Telegram:FloodMessages"] = "1000",
        };
        await using var bot = await BotUnderTest.StartAsync(api, configure: s => { foreach (var (k, v) in settings) s[k] = v; });

        api.Enqueue(updates);
        await api.WaitUntilAsync(a => a.Sent.Count >= 1000, TimeSpan.FromSeconds(40));

        var sent = api.Sent;
        Assert.Equal(1000, sent.Count);
        foreach (var (chat, order) in expectedOrder)
            Assert.Equal(order, sent.Where(s => s.ChatId == chat).Select(s => s.ReplyTo!.Value));
        // Every limit holds over any window of its full period, measured where the fake Bot API received the messages.
        AssertWithinLimit(sent, s => s.ChatId, 1, TimeSpan.FromMilliseconds(50));
        AssertWithinLimit(sent.Where(s => s.ChatId < 0).ToList(), s => s.ChatId, 20, TimeSpan.FromSeconds(3));
        AssertWithinLimit(sent, _ => 0, 300, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Defaults_AreTelegramsPublishedLimits()
    {
        var options = new TelegramOptions();

        Assert.Equal((1, TimeSpan.FromSeconds(1)), (options.PerChatMessages, options.PerChatPeriod));
        Assert.Equal((20, TimeSpan.FromMinutes(1)), (options.PerGroupMessages, options.PerGroupPeriod));
        Assert.Equal((30, TimeSpan.FromSeconds(1)), (options.GlobalMessages, options.GlobalPeriod));
    }

    [Fact]
    public async Task WaitAsync_HoldsSecondMessageASecond_WhenSameChatWithDefaultLimits()
    {
        var time = new FakeTimeProvider();
        var gate = new OutgoingRateGate(new TelegramOptions(), time);

        PassAtOnce(gate, 1);
        PassAtOnce(gate, 2);
        var again = gate.WaitAsync(1, isGroup: false, CancellationToken.None);

        await AssertHeldForAsync(again, time, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task WaitAsync_Holds31stMessage_WhenGlobalDefaultLimitReached()
    {
        var time = new FakeTimeProvider();
        var gate = new OutgoingRateGate(new TelegramOptions(), time);

        for (var chat = 1; chat <= 30; chat++)
            PassAtOnce(gate, chat);
        var thirtyFirst = gate.WaitAsync(31, isGroup: false, CancellationToken.None);

        await AssertHeldForAsync(thirtyFirst, time, TimeSpan.FromSeconds(1));
    }

    private static void PassAtOnce(OutgoingRateGate gate, long chat)
    {
        var wait = gate.WaitAsync(chat, isGroup: false, CancellationToken.None);
        Assert.True(wait.IsCompletedSuccessfully, $"chat {chat} was held");
        wait.Result.Dispose();
    }

    /// <summary>The gate's clock has not moved since the earlier sends: the wait must last exactly <paramref name="held"/> of it.</summary>
    private static async Task AssertHeldForAsync(Task<IDisposable> wait, FakeTimeProvider time, TimeSpan held)
    {
        time.Advance(held - TimeSpan.FromMilliseconds(1));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await wait.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Theory]
    [InlineData("global", 100)]
    [InlineData("chat", 8)]
    [InlineData("group", 12)]
    public async Task WaitAsync_LetsAtMostTheLimitThroughInAnyWindow_WhenManySendAtOnce(string scope, int sends)
    {
        var options = new TelegramOptions { PerChatPeriod = TimeSpan.FromMilliseconds(1), PerGroupPeriod = TimeSpan.FromMilliseconds(1) };
        var (limit, period) = scope switch
        {
            "global" => (options.GlobalMessages, options.GlobalPeriod),
            "chat" => (options.PerChatMessages = 1, options.PerChatPeriod = TimeSpan.FromMilliseconds(150)),
            _ => (options.PerGroupMessages = 3, options.PerGroupPeriod = TimeSpan.FromMilliseconds(400)),
        };
        var gate = new OutgoingRateGate(options, TimeProvider.System);
        var passed = new System.Collections.Concurrent.ConcurrentQueue<long>();

        await Task.WhenAll(Enumerable.Range(1, sends).Select(i => Task.Run(async () =>
        {
            using var slot = await gate.WaitAsync(scope == "global" ? -i : -1, isGroup: scope == "group", CancellationToken.None);
            passed.Enqueue(TimeProvider.System.GetTimestamp());
        })));

        var times = passed.Order().ToList();
        for (var i = limit; i < times.Count; i++)
            Assert.True(TimeProvider.System.GetElapsedTime(times[i - limit], times[i]) >= period, $"{limit + 1} sends within {TimeProvider.System.GetElapsedTime(times[i - limit], times[i])} (limit {limit} per {period})");
    }

    private static void AssertWithinLimit(IReadOnlyList<ApiCall> sent, Func<ApiCall, long> key, int limit, TimeSpan window)
    {
        foreach (var group in sent.GroupBy(key))
        {
            var times = group.Select(s => s.At).Order().ToList();
            for (var i = limit; i < times.Count; i++)
                Assert.True(times[i] - times[i - limit] >= window, $"{limit + 1} messages to {group.Key} within {times[i] - times[i - limit]}");
        }
    }
}
