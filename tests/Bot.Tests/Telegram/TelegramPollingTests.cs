using Bot.Telegram.Polling;

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
    [InlineData("\"message\":{\"message_id\":5,\"date\":1,\"text\":\"who is Putin?\"}}")]
    [InlineData("\"message\":{\"message_id\":5,\"date\":1,\"chat\":null,\"from\":{\"id\":4,\"is_bot\":false,\"first_name\":\"A\"},\"text\":\"hi\"}}")]
    [InlineData("\"callback_query\":{\"id\":\"5\",\"chat_instance\":\"1\",\"data\":\"s:1\"}}")]
    [InlineData("\"inline_query\":{\"id\":\"5\",\"query\":\"who is Putin?\",\"offset\":\"\"}}")]
    [InlineData("\"inline_query\":{\"id\":\"5\",\"from\":{\"id\":4,\"is_bot\":false,\"first_name\":\"A\"},\"offset\":\"\"}}")]
    [InlineData("\"inline_query\":{\"from\":{\"id\":4,\"is_bot\":false,\"first_name\":\"A\"},\"query\":\"who is Putin?\",\"offset\":\"\"}}")]
    [InlineData("\"callback_query\":{\"from\":{\"id\":4,\"is_bot\":false,\"first_name\":\"A\"},\"chat_instance\":\"1\",\"data\":\"s:1\"}}")]
    [InlineData("\"my_chat_member\":{\"chat\":{\"id\":-7,\"type\":\"group\"},\"from\":{\"id\":4,\"is_bot\":false,\"first_name\":\"A\"},\"date\":1}}")]
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

    [Fact]
    public async Task Start_PollsWithoutOffsetAndAnswers_WhenAStaleOffsetWasSaved()
    {
        var state = BotUnderTest.NewStateDirectory();
        Directory.CreateDirectory(state);
        // An offset saved under another token, or before Telegram restarted the ids at random.
        await File.WriteAllTextAsync(Path.Combine(state, "telegram-updates.json"), "{\"Offset\":500000,\"Handled\":[]}");
        await File.WriteAllTextAsync(Path.Combine(state, $"telegram-updates-{FakeBotApi.BotId}.json"), "{\"Offset\":500000,\"Handled\":[]}");
        _api.Enqueue(Updates.Private(User, "who is Putin?"));

        await using var bot = await BotUnderTest.StartAsync(_api, state);

        await _api.WaitUntilAsync(a => a.Sent.Count == 1);
        Assert.Null(_api.CallsTo("getUpdates")[0].Body["offset"]);
    }

    [Fact]
    public async Task Polling_KeepsAnsweringTheChatAndSaysSo_WhenTheStateFolderCannotBeWritten()
    {
        // A disk that filled up, or the folder taken away while running (start-up refuses a bad one): here a file where the folder should be.
        var state = BotUnderTest.NewStateDirectory();
        Directory.CreateDirectory(state);
        var file = Path.Combine(state, "telegram");
        await File.WriteAllTextAsync(file, "");
        // Another user blocks the bot and lets it back in: the chats the bot must not write to are not saved either.
        var last = _api.Enqueue(Updates.Membership(User + 1, "kicked", DateTimeOffset.UtcNow), Updates.Membership(User + 1, "member", DateTimeOffset.UtcNow),
            Updates.Private(User, "who is Putin?"), Updates.Private(User, "who is Nazarbaev?"), Updates.Private(User, "who is Shamanov?"))[^1];

        await using var bot = await BotUnderTest.StartAsync(_api, state, settings => settings["Telegram:StateDirectory"] = file);

        await _api.WaitUntilAsync(a => a.Sent.Count == 3 && a.ConfirmedOffset > last);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("handled Telegram updates could not be recorded in Telegram:StateDirectory", StringComparison.Ordinal));
        Assert.Single(bot.Logs.Entries, e => e.Message.Contains("chats that blocked the bot or moved could not be recorded", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Exception is not null);
    }

    [Fact]
    public void TryBegin_RefusesHandledUpdate_AfterRestartOfTheSameBotOnly()
    {
        var state = BotUnderTest.NewStateDirectory();
        var first = new UpdateLedger(state, botId: 1);
        Assert.True(first.TryBegin(70));
        first.Complete(70);

        Assert.False(new UpdateLedger(state, botId: 1).TryBegin(70));
        Assert.True(new UpdateLedger(state, botId: 2).TryBegin(70));
    }

    [Fact]
    public void Complete_RemembersOnlyTheNewestHandledIds_WhenPastCapacity()
    {
        var state = BotUnderTest.NewStateDirectory();
        int[] ids = [10, 11, 12, 13, 14];
        var ledger = new UpdateLedger(state, botId: 1, capacity: 3);
        foreach (var id in ids)
        {
            ledger.TryBegin(id);
            ledger.Complete(id);
        }

        var reloaded = new UpdateLedger(state, botId: 1, capacity: 3);
        Assert.Equal([true, true, false, false, false], ids.Select(reloaded.TryBegin));
    }

    [Fact]
    public void Offset_ConfirmsHandledThenLetsTelegramChoose_WhenEverythingIsConfirmed()
    {
        var ledger = new UpdateLedger(BotUnderTest.NewStateDirectory(), botId: 1);
        Assert.Null(ledger.Offset);
        ledger.TryBegin(900_000);
        ledger.TryBegin(900_001);
        ledger.Complete(900_001);
        Assert.Equal(900_000, ledger.Offset);
        ledger.Complete(900_000);
        Assert.Equal(900_002, ledger.Offset);

        ledger.Confirmed(900_002);

        Assert.Null(ledger.Offset);
        // Ids chosen afresh after a quiet week may be lower than any seen before.
        Assert.True(ledger.TryBegin(12));
        Assert.Equal(12, ledger.Offset);
    }
}
