using System.Text.Json.Nodes;
using Bot.Tests.Cli;

namespace Bot.Tests.Telegram;

/// <summary>
/// The real program killed with SIGKILL while updates are at different stages, then started again on the same
/// state: every update is answered exactly once, the note to a sticker like any answer. The one stage no client can
/// cover (Telegram took the message but the bot was killed before reading the reply) is left out.
/// </summary>
public sealed class TelegramCrashTests
{
    private const long Answered = 701;
    private const long Held = 702;
    private const long Queue = 703;
    private const long Sticker = 704;

    [Fact]
    public async Task Restart_AnswersEveryUpdateExactlyOnce_WhenKilledWithUpdatesAnsweredHeldAndQueued()
    {
        await using var api = await FakeBotApi.StartAsync();
        using var data = new TempFolder();
        var held = Updates.Private(Held, "who is putin");
        var first = Updates.Private(Answered, "who is putin");
        var queueFirst = Updates.Private(Queue, "who is putin");
        var queueSecond = Updates.Private(Queue, "who is Nazarbaev?");
        var sticker = Updates.Media(Updates.Private(Sticker, null), "sticker");
        int[] messages = [.. new[] { held, first, queueFirst, queueSecond, sticker }.Select(MessageId)];
        // Two replies hang until the kill, so Telegram never takes them: one alone in its chat, one (if the kill finds it
        // still queued, it just waits) behind an answered update in its chat.
        foreach (var hanging in new[] { messages[0], messages[3] })
            api.Fail("sendMessage", 500, "Internal Server Error", when: b => b["reply_parameters"]?["message_id"]?.GetValue<int>() == hanging,
                delay: TimeSpan.FromMinutes(5));
        // The hanging update comes first, so the offset stays below the answered ones and Telegram delivers them again after the restart.
        var ids = api.Enqueue(held, first, queueFirst, queueSecond, sticker);

        await BotProcess.RunAndKillAsync(TelegramLifecycleTests.Settings(api, data), async () =>
        {
            await api.WaitUntilAsync(a => a.Sent.Count == 3, TimeSpan.FromSeconds(30));
            await WaitUntilRecordedAsync(data, ids[1], ids[2], ids[4]);
            await api.WaitUntilAsync(a => a.CallsTo("sendChatAction").Any(c => c.ChatId == Held));
        });
        Assert.True(api.ConfirmedOffset <= ids[0], "the hanging update must still be unconfirmed when the bot dies");
        api.Heal();

        await BotProcess.RunAndKillAsync(TelegramLifecycleTests.Settings(api, data), async () =>
        {
            await api.WaitUntilAsync(a => a.Sent.Count == 5 && a.ConfirmedOffset > ids[^1], TimeSpan.FromSeconds(30));
            // Long enough for a second answer to any redelivered update to show.
            await Task.Delay(TimeSpan.FromSeconds(1));
        });

        Assert.Equal(messages.Order(), api.Sent.Select(s => s.ReplyTo ?? 0).Order());
        Assert.Equal([messages[2], messages[3]], api.Sent.Where(s => s.ChatId == Queue).Select(s => s.ReplyTo ?? 0));
    }

    private static int MessageId(JsonObject update) => update["message"]!["message_id"]!.GetValue<int>();

    /// <summary>Waits until the bot's state file lists the updates as handled: from then on a kill must not get them answered again.</summary>
    private static async Task WaitUntilRecordedAsync(TempFolder data, params int[] updateIds)
    {
        var file = Path.Combine(data.Path, $"telegram-updates-{FakeBotApi.BotId}.json");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!(File.Exists(file) && JsonNode.Parse(await File.ReadAllTextAsync(file))!["Handled"]!.AsArray().Select(n => n!.GetValue<int>()).ToHashSet() is var handled
            && updateIds.All(handled.Contains)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"updates {string.Join(", ", updateIds)} were never recorded as handled");
            await Task.Delay(20);
        }
    }
}
