using System.Text.Json.Nodes;
using Bot.Tests.Cli;
using Bot.Tests.Discord;
using Bot.Tests.Discord.Fakes;
using Bot.Tests.Telegram;

namespace Bot.Tests.Hosting;

/// <summary>
/// The real program against fake Telegram and Discord servers that answer with 429s, 5xx, dropped and held calls and
/// cut the gateway connection, while users keep writing on both platforms and the program is killed with SIGKILL and
/// started again twice: at the end every message has its reply exactly once. The faults come from a fixed seed; each
/// call fails at most twice, within the bot's retries, so a reply that never comes is a bug, not bad luck.
/// </summary>
[Collection(DiscordSuite.Name)]
public sealed class SoakTests
{
    private const int MessagesPerPlatform = 50;
    private const int Runs = 3;

    private readonly Random _random = new(6);
    private readonly Dictionary<string, int> _failures = [];

    [Fact]
    public async Task Run_AnswersEveryMessageExactlyOnce_WhenFaultsAndKillsHitBothPlatforms()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        await using var discord = await FakeDiscordServer.StartAsync();
        using var data = new TempFolder();
        var settings = new Dictionary<string, string>(TelegramLifecycleTests.Settings(telegram, data))
        {
            ["Telegram__PollTimeout"] = "00:00:01",
            ["Telegram__PerChatPeriod"] = "00:00:00.020",
            ["Telegram__GlobalPeriod"] = "00:00:00.020",
            ["Telegram__RetryBaseDelay"] = "00:00:00.020",
            ["Telegram__RetryMaxDelay"] = "00:00:00.100",
        };
        foreach (var (key, value) in DiscordCrashTests.Settings(discord, data))
            settings[key] = value;
        InjectDiscordFaults(discord);
        var telegramMessages = new List<int>();
        var discordMessages = new List<string>();

        for (var run = 1; run <= Runs; run++)
        {
            InjectTelegramFaults(telegram);
            var last = run == Runs;
            var connections = discord.Connections.Count;
            await BotProcess.RunAndKillAsync(settings, async () =>
            {
                // Before its first session the bot has nothing to resume, so nothing is replayed to it: wait until it has one.
                var connection = await discord.WaitForConnectionAsync(connections + 1, TimeSpan.FromSeconds(20));
                await Wait.UntilAsync(() => discord.Live == connection, TimeSpan.FromSeconds(20), "a session established");
                for (var i = 0; i < MessagesPerPlatform / Runs + (last ? MessagesPerPlatform % Runs : 0); i++)
                {
                    telegramMessages.Add(SendTelegram(telegram));
                    var message = Events.Message("who is putin", inGuild: false);
                    await discord.DeliverAsync("MESSAGE_CREATE", message);
                    discordMessages.Add((string)message["id"]!);
                    if (Chance(0.1) && discord.Connections.LastOrDefault() is { IsOpen: true } open)
                        open.Abort();
                    await Task.Delay(_random.Next(10, 60));
                }
                if (last)
                {
                    await telegram.WaitUntilAsync(a => Replied(a).Count() >= telegramMessages.Count, TimeSpan.FromSeconds(20));
                    await Wait.UntilAsync(() => discord.Posted.Count >= discordMessages.Count, TimeSpan.FromSeconds(20), "every Discord reply");
                    // Long enough for a second reply to any message to show.
                    await Task.Delay(TimeSpan.FromSeconds(1));
                }
                else
                {
                    await Task.Delay(_random.Next(300, 900));
                    // The kill comes while replies are held, never between a platform taking a reply and the bot recording it:
                    // there no client can tell whether a Telegram message was sent.
                    telegram.Fail("sendMessage", 500, "Internal Server Error", times: int.MaxValue, delay: TimeSpan.FromMinutes(5));
                    discord.Stall = r => r.Is("POST", "channels/");
                    await Task.Delay(300);
                }
            });
            discord.Stall = null;
            // Messages sent while the program is down: Telegram queues them, Discord replays them on resume.
            if (!last)
            {
                telegramMessages.Add(SendTelegram(telegram));
                var missed = Events.Message("who is shamanov", inGuild: false);
                discord.Miss("MESSAGE_CREATE", missed);
                discordMessages.Add((string)missed["id"]!);
            }
        }

        Assert.Equal(telegramMessages.Order(), Replied(telegram).Order());
        Assert.Equal(discordMessages.Order(), discord.Posted.Select(p => (string)p.Json["message_reference"]!["message_id"]!).Order());
    }

    private static IEnumerable<int> Replied(FakeBotApi api) => api.Sent.Select(s => s.ReplyTo ?? 0);

    private static int SendTelegram(FakeBotApi api)
    {
        var update = Updates.Private(9_000 + Updates.NewMessageId(), "who is putin");
        api.Enqueue(update);
        return update["message"]!["message_id"]!.GetValue<int>();
    }

    private void InjectTelegramFaults(FakeBotApi api)
    {
        api.Heal();
        api.Fail("sendMessage", 429, "Too Many Requests: retry after 1", times: int.MaxValue, when: body => Fails("tg" + body["reply_parameters"]?["message_id"], 0.15),
            parameters: new JsonObject { ["retry_after"] = 1 });
        api.Fail("sendMessage", 500, "Internal Server Error", times: int.MaxValue, when: body => Fails("tg5" + body["reply_parameters"]?["message_id"], 0.15));
        api.Fail("sendMessage", 502, "Bad Gateway", times: int.MaxValue, delay: TimeSpan.FromMilliseconds(300),
            when: body => Fails("tgh" + body["reply_parameters"]?["message_id"], 0.1));
        api.Fail("getUpdates", 0, times: int.MaxValue, when: _ => Chance(0.1));
    }

    private void InjectDiscordFaults(FakeDiscordServer fake)
    {
        fake.Script = r => r.Is("POST", "channels/") && Fails("dc" + Nonce(r), 0.15)
            ? Chance(0.5)
                ? new FakeResponse(429, """{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}""",
                    new Dictionary<string, string> { ["Retry-After"] = "1", ["X-RateLimit-Scope"] = "user" })
                : new FakeResponse(500, """{"message": "Internal Server Error", "code": 0}""")
            : null;
        fake.DropConnection = r => r.Is("POST", "channels/") && Fails("dcd" + Nonce(r), 0.1);
        fake.HoldAnswer = r => r.Is("POST", "channels/") && Fails("dch" + Nonce(r), 0.1) ? TimeSpan.FromMilliseconds(300) : TimeSpan.Zero;
    }

    private static string Nonce(RecordedRequest request) => (string?)request.Json["nonce"] ?? "";

    /// <summary>Whether this attempt of the call named <paramref name="key"/> fails: by chance, and at most twice per call.</summary>
    private bool Fails(string key, double probability)
    {
        lock (_random)
        {
            if (_failures.GetValueOrDefault(key) >= 2 || _random.NextDouble() >= probability)
                return false;
            _failures[key] = _failures.GetValueOrDefault(key) + 1;
            return true;
        }
    }

    private bool Chance(double probability)
    {
        lock (_random)
            return _random.NextDouble() < probability;
    }
}
