using Bot.Tests.Cli;
using Bot.Tests.Telegram;

namespace Bot.Tests.Storage;

/// <summary>The real program started twice on one SQLite store (one folder, as an operator may): one answers, the other waits its turn.</summary>
public sealed class StoreLockTests
{
    private const string Waiting = "Another bot process is using the store";

    [Fact]
    public async Task SecondProcess_WaitsThenTakesOverAndAnswersEachMessageOnce_WhenStartedOnTheSameStore()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        var settings = TelegramLifecycleTests.Settings(api, data);
        var before = Updates.Private(31, "who is putin");
        var after = Updates.Private(32, "who is putin");

        using var first = BotProcess.Start(settings);
        await api.WaitUntilAsync(a => a.CallsTo("getUpdates").Count > 0, TimeSpan.FromSeconds(30));
        using var second = BotProcess.Start(settings);
        await second.WaitForLogAsync(Waiting);
        await AskAsync(api, before);
        Assert.Single(api.CallsTo("getMe"));

        await first.KillAsync();
        await AskAsync(api, after);
        await second.WaitForLogAsync("this one now runs on the store");
        var exit = await second.TerminateAsync();

        Assert.Equal(0, exit);
        Assert.Single(api.Sent, s => s.ReplyTo == MessageId(before));
        Assert.Single(api.Sent, s => s.ReplyTo == MessageId(after));
        Assert.Equal(2, api.CallsTo("getMe").Count);
    }

    [Fact]
    public async Task WaitingProcess_ExitsWith0_WhenSigtermArrivesBeforeItsTurn()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        var settings = TelegramLifecycleTests.Settings(api, data);
        using var first = BotProcess.Start(settings);
        await api.WaitUntilAsync(a => a.CallsTo("getUpdates").Count > 0, TimeSpan.FromSeconds(30));
        using var second = BotProcess.Start(settings);
        await second.WaitForLogAsync(Waiting);

        var exit = await second.TerminateAsync();

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Exception", second.Errors, StringComparison.Ordinal);
        Assert.Single(api.CallsTo("getMe"));
        Assert.Equal(0, await first.TerminateAsync());
    }

    private static async Task AskAsync(FakeBotApi api, System.Text.Json.Nodes.JsonObject update)
    {
        var id = api.Enqueue(update)[0];
        // Confirmed: the bot recorded it as answered before polling past it, so a kill from now on cannot have it answered again.
        await api.WaitUntilAsync(a => a.Sent.Any(s => s.ReplyTo == MessageId(update)) && a.ConfirmedOffset > id, TimeSpan.FromSeconds(30));
    }

    private static int MessageId(System.Text.Json.Nodes.JsonObject update) => update["message"]!["message_id"]!.GetValue<int>();
}
