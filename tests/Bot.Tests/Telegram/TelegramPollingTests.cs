namespace Bot.Tests.Telegram;

/// <summary>Getting updates: a batch with an update the client cannot read, restarts and stale state.</summary>
public sealed class TelegramPollingTests : IAsyncLifetime
{
    private const long User = 901;
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("\"message\":{\"message_id\":\"not a number\",\"date\":1,\"chat\":{\"id\":7,\"type\":\"private\"},\"text\":\"hi\"}}")]
    [InlineData("\"message\":{\"message_id\":5,\"date\":1,\"chat\":5,\"text\":\"hi\"}}")]
    [InlineData("\"message\":[1,2,3]}")]
    [InlineData("\"callback_query\":{\"id\":{},\"from\":null}}")]
    public async Task Polling_SkipsConfirmsAndLogsOnce_WhenOneUpdateCannotBeRead(string unreadable)
    {
        _api.Enqueue(Updates.Private(User, "who is Putin?"));
        var bad = _api.EnqueueRaw(unreadable)[0];
        var last = _api.Enqueue(Updates.Private(User + 1, "who is Nazarbaev?"))[0];

        await using var bot = await BotUnderTest.StartAsync(_api);

        await _api.WaitUntilAsync(a => a.Sent.Count == 2 && a.ConfirmedOffset > last);
        var logged = Assert.Single(bot.Logs.Entries, e => e.Message.Contains($"{bad}", StringComparison.Ordinal));
        Assert.Null(logged.Exception);
        Assert.DoesNotContain('\n', logged.Message);
    }
}
