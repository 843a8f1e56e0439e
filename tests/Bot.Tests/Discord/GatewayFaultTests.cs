using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Bot.Tests.Cli;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Discord;

/// <summary>A gateway that cuts, closes, invalidates, stalls or answers badly: the bot comes back, and each message is answered once.</summary>
[Collection(DiscordSuite.Name)]
public sealed class GatewayFaultTests
{
    [Theory]
    [InlineData("no close frame")]
    [InlineData("close 4000")]
    [InlineData("close 4008")]
    [InlineData("op 9 true")]
    [InlineData("op 7")]
    public async Task Resume_AnswersEveryMessageOnce_WhenTheConnectionEndsResumably(string how)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = await bot.Fake.WaitForReadyAsync();
        var before = Events.Message("who is putin", inGuild: false);
        await first.DispatchAsync("MESSAGE_CREATE", before);
        await WaitForReplyAsync(bot, before);
        var meanwhile = Events.Message("who is shamanov", inGuild: false);
        bot.Fake.Miss("MESSAGE_CREATE", meanwhile);

        await EndAsync(first, how);

        var second = await bot.Fake.WaitForConnectionAsync(2);
        var resume = (await second.WaitForOpAsync(6))["d"]!;
        Assert.Equal("/resume/", second.Path);
        Assert.Equal(FakeDiscordServer.SessionId, (string?)resume["session_id"]);
        Assert.Equal(2, (long?)resume["seq"]);
        await WaitForReplyAsync(bot, meanwhile);
        await Task.Delay(200);
        Assert.Single(bot.Fake.Posted, p => RepliesTo(p, before));
        Assert.Single(bot.Fake.Posted, p => RepliesTo(p, meanwhile));
        Assert.DoesNotContain(second.Received, f => (int?)f["op"] == 2);
    }

    [Fact]
    public async Task Reconnect_IdentifiesAfterOneToFiveSeconds_WhenSessionIsInvalidated()
    {
        var clock = new WatchedClock();
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var first = await bot.Fake.WaitForReadyAsync();

        await first.SendOpAsync(9, JsonValue.Create(false));

        const string waiting = "Reconnecting to the Discord gateway in ";
        await Wait.UntilAsync(() => bot.Logs.Entries.Any(e => e.Message.StartsWith(waiting, StringComparison.Ordinal)), what: "the wait before identifying");
        var wait = TimeSpan.Parse(bot.Logs.Entries.First(e => e.Message.StartsWith(waiting, StringComparison.Ordinal)).Message[waiting.Length..], CultureInfo.InvariantCulture);
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        // The log line comes just before the wait starts (in whole milliseconds): time moves on only once the bot is waiting on the clock.
        await clock.WaitForWaitAsync(w => (wait - w).Duration() < TimeSpan.FromMilliseconds(1), what: "the wait before identifying, on the clock");
        clock.Advance(wait - TimeSpan.FromMilliseconds(1));
        await Task.Delay(100);
        Assert.Single(bot.Fake.Connections);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var second = await bot.Fake.WaitForConnectionAsync(2);
        await second.WaitForOpAsync(2);
        Assert.Equal("/gateway/", second.Path);
        Assert.DoesNotContain(second.Received, f => (int?)f["op"] == 6);
    }

    [Theory]
    [InlineData("upgrade held")]
    [InlineData("no Hello")]
    [InlineData("late Hello")]
    public async Task Reconnect_TriesAgainAfterHandshakeTimeout_WhenHelloDoesNotComeInTime(string how)
    {
        await using var bot = await BotUnderTest.StartAsync(f =>
        {
            if (how == "upgrade held")
                f.HoldUpgrade = attempt => attempt == 1;
            else
                f.HelloDelay = attempt => attempt > 1 ? TimeSpan.Zero : how == "late Hello" ? TimeSpan.FromSeconds(1.5) : null;
        }, new Dictionary<string, string?> { ["Discord:HandshakeTimeout"] = "00:00:01" });

        await bot.Fake.WaitForReadyAsync(how == "upgrade held" ? 1 : 2);

        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("no Hello and READY within Discord:HandshakeTimeout", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Entries, e => e.Message.StartsWith("Reconnecting to the Discord gateway in", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Exception is not null);
        Assert.False(bot.Stopping.IsCancellationRequested);
    }

    [Theory]
    [InlineData("""{"heartbeat_interval": -5000}""")]
    [InlineData("""{"heartbeat_interval": 0}""")]
    [InlineData("""{}""")]
    public async Task Reconnect_SkipsTheHelloAndConnectsAgain_WhenItHasNoUsableHeartbeatInterval(string hello)
    {
        await using var bot = await BotUnderTest.StartAsync(f => f.HelloDelay = attempt => attempt > 1 ? TimeSpan.Zero : null,
            new Dictionary<string, string?> { ["Discord:HandshakeTimeout"] = "00:00:01" });
        var first = await bot.Fake.WaitForConnectionAsync(1);

        await first.SendOpAsync(10, JsonNode.Parse(hello));

        await bot.Fake.WaitForReadyAsync(2);
        Assert.DoesNotContain(first.Received, f => (int?)f["op"] is 1 or 2);
        AssertLoggedWithoutAStackTrace(bot, "Hello without a positive heartbeat_interval");
    }

    [Theory]
    [InlineData("session_id")]
    [InlineData("user")]
    [InlineData("application")]
    public async Task Reconnect_SkipsTheReadyAndIdentifiesAgain_WhenItLacksAPartTheBotNeeds(string missing)
    {
        await using var bot = await BotUnderTest.StartAsync(f => f.ShapeReady = (connection, ready) =>
        {
            if (connection == 1)
                ready.Remove(missing);
        }, new Dictionary<string, string?> { ["Discord:HandshakeTimeout"] = "00:00:01" });

        var second = await bot.Fake.WaitForReadyAsync(2);

        var message = Events.Message("who is putin", inGuild: false);
        await second.DispatchAsync("MESSAGE_CREATE", message);
        await WaitForReplyAsync(bot, message);
        AssertLoggedWithoutAStackTrace(bot, "READY without");
    }

    [Fact]
    public async Task Resume_DropsTheConnectionAndResumes_WhenAFrameNeverEnds()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = await bot.Fake.WaitForReadyAsync();

        await first.SendUnendingFrameAsync(chunks: 100);

        var second = await bot.Fake.WaitForConnectionAsync(2);
        await second.WaitForOpAsync(6);
        AssertLoggedWithoutAStackTrace(bot, "a gateway frame longer than 64 MiB");
    }

    [Theory]
    [InlineData("429")]
    [InlineData("html")]
    [InlineData("no url")]
    [InlineData("dropped")]
    public async Task Start_KeepsTryingWithBackoff_WhenGatewayLookupAnswersBadly(string how)
    {
        await using var bot = await BotUnderTest.StartAsync(f =>
        {
            bool Early(RecordedRequest r) => r.Path == "gateway/bot" && f.Matching("GET", "gateway/bot").Count() <= 7;
            if (how == "dropped")
                f.DropConnection = Early;
            else
                f.Script = r => !Early(r) ? null : how switch
                {
                    "429" => new FakeResponse(429, """{"message": "You are being rate limited.", "retry_after": 0.02, "global": false}""",
                        new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "g", ["X-RateLimit-Limit"] = "1", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.02" }),
                    "html" => new FakeResponse(200, "<html><body>502 Bad Gateway</body></html>"),
                    _ => new FakeResponse(200, "{}"),
                };
        });

        var connection = await bot.Fake.WaitForConnectionAsync(1);

        await connection.WaitForOpAsync(2);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Exception is not null);
        Assert.False(bot.Stopping.IsCancellationRequested);
    }

    [Fact]
    public async Task Run_ExitsWith3NamingWhatToChange_WhenDiscordClosesWithAFatalCode()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        fake.CloseOnIdentify = 4014;
        using var folder = new TempFolder();

        var result = await BotProcess.RunRedirectedAsync([], "<&-", environment: new Dictionary<string, string>
        {
            ["Discord__Token"] = "fatal-close-token",
            ["Discord__ApiBaseUrl"] = fake.ApiBaseUrl.AbsoluteUri,
        }, workingDirectory: folder.Path);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("4014", result.Errors, StringComparison.Ordinal);
        Assert.Contains("Privileged Gateway Intents", result.Errors, StringComparison.Ordinal);
        Assert.Single(fake.Connections);
    }

    private static async Task EndAsync(FakeGatewayClient connection, string how)
    {
        try
        {
            switch (how)
            {
                case "no close frame":
                    connection.Abort();
                    break;
                case "op 9 true":
                    await connection.SendOpAsync(9, JsonValue.Create(true));
                    break;
                case "op 7":
                    await connection.SendOpAsync(7);
                    break;
                default:
                    await connection.CloseAsync(int.Parse(how[^4..], CultureInfo.InvariantCulture));
                    break;
            }
        }
        catch (WebSocketException)
        {
            // On a loaded machine the bot may have dropped a slow connection first; it must come back resumed all the same.
        }
    }

    /// <summary>The bot said what it skipped or gave up on, in a line of its own, and nothing it did ended in an exception.</summary>
    private static void AssertLoggedWithoutAStackTrace(BotUnderTest bot, string said)
    {
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains(said, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Exception is not null);
    }

    private static Task WaitForReplyAsync(BotUnderTest bot, JsonObject message) =>
        Wait.UntilAsync(() => bot.Fake.Posted.Any(p => RepliesTo(p, message)), what: $"the reply to {(string?)message["content"]}");

    private static bool RepliesTo(RecordedRequest post, JsonObject message) => (string?)post.Json["message_reference"]?["message_id"] == (string?)message["id"];
}
