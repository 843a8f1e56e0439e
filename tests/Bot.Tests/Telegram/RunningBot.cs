using System.Text.Json.Nodes;

namespace Bot.Tests.Telegram;

/// <summary>A fake Bot API with the bot running against it: what a test needs to talk to the bot.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    private RunningBot(FakeBotApi api, BotUnderTest bot)
    {
        Api = api;
        Bot = bot;
    }

    public FakeBotApi Api { get; }
    public BotUnderTest Bot { get; }

    public static async Task<RunningBot> StartAsync(string? stateDirectory = null, Action<Dictionary<string, string?>>? configure = null)
    {
        var api = await FakeBotApi.StartAsync();
        return new RunningBot(api, await BotUnderTest.StartAsync(api, stateDirectory, configure));
    }

    /// <summary>Sends <paramref name="update"/> and returns the <paramref name="count"/>-th reply to <paramref name="replyTo"/> (by default the update's message).</summary>
    public async Task<ApiCall> AskAsync(JsonObject update, int? replyTo = null, int count = 1)
    {
        var messageId = replyTo ?? update["message"]!["message_id"]!.GetValue<int>();
        Api.Enqueue(update);
        await Api.WaitUntilAsync(a => a.Sent.Count(s => s.ReplyTo == messageId) >= count);
        return Api.Sent.Where(s => s.ReplyTo == messageId).ElementAt(count - 1);
    }

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
    }
}
