using System.Text.Json.Nodes;
using Bot.Hosting;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord;

[Collection(DiscordSuite.Name)]
public sealed class GatewayTests
{
    [Fact]
    public async Task Start_IdentifiesWithNonPrivilegedIntents_WhenGatewayHelloArrives()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var connection = await bot.Fake.WaitForConnectionAsync(1);
        var identify = (await connection.WaitForOpAsync(2))["d"]!;

        Assert.Equal("/gateway/", connection.Path);
        Assert.Equal(BotUnderTest.Token, (string?)identify["token"]);
        Assert.Equal(4609, (int?)identify["intents"]);
        Assert.NotNull(identify["properties"]?["os"]);
        var gatewayBot = await bot.Fake.WaitForRequestAsync("GET", "gateway/bot");
        Assert.StartsWith("DiscordBot (", gatewayBot.UserAgent, StringComparison.Ordinal);
        Assert.Equal("Bot " + BotUnderTest.Token, gatewayBot.Authorization);
    }

    [Fact]
    public async Task Start_KeepsTryingWithBackoff_WhenGatewayLookupFails()
    {
        await using var bot = await BotUnderTest.StartAsync(f => f.Script = r =>
            r.Path == "gateway/bot" && f.Matching("GET", "gateway/bot").Count() <= 7 ? new FakeResponse(503, "unavailable") : null);

        var connection = await bot.Fake.WaitForConnectionAsync(1);

        await connection.WaitForOpAsync(2);
        // An outage is expected now and then: one line each, no stack trace.
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Warning && e.Exception is null && e.Message.Contains("503", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Exception is not null);
        Assert.False(bot.Stopping.IsCancellationRequested);
    }

    [Fact]
    public async Task Heartbeat_CarriesLastSequence_WhenDispatchesArrived()
    {
        var clock = new WatchedClock();
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var connection = await bot.Fake.WaitForReadyAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", Events.Message("who are the actors?", inGuild: false));
        // Its reply shows the bot has seen sequence 2; only then is the first beat let go.
        await bot.Fake.WaitForRequestAsync("POST", "channels/66/messages");

        clock.Advance(TimeSpan.FromMilliseconds(bot.Fake.HeartbeatIntervalMs));

        await Wait.UntilAsync(() => connection.Received.Any(f => (int?)f["op"] == 1 && (long?)f["d"] == 2), what: "a heartbeat with sequence 2");
    }

    [Fact]
    public async Task Resume_SendsSessionAndSequenceAndGetsMissedEvents_WhenClosedResumably()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = await bot.Fake.WaitForReadyAsync();
        await first.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = "77" });
        await Wait.UntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("ready", StringComparison.Ordinal)));
        var missed = Events.Message("who are the actors?", inGuild: false);
        bot.Fake.Miss("MESSAGE_CREATE", missed);

        await first.CloseAsync(4000);

        var second = await bot.Fake.WaitForConnectionAsync(2);
        var resume = (await second.WaitForOpAsync(6))["d"]!;
        Assert.Equal("/resume/", second.Path);
        Assert.Equal(FakeDiscordServer.SessionId, (string?)resume["session_id"]);
        Assert.Equal(2, (long?)resume["seq"]);
        Assert.Equal(BotUnderTest.Token, (string?)resume["token"]);
        await bot.Fake.WaitForRequestAsync("POST", "channels/66/messages",
            r => (string?)r.Json["message_reference"]?["message_id"] == (string?)missed["id"]);
        Assert.DoesNotContain(second.Received, f => (int?)f["op"] == 2);
    }

    [Fact]
    public async Task Resume_GoesToTheGatewayItConnectedTo_WhenReadyNamesNoResumeUrl()
    {
        await using var bot = await BotUnderTest.StartAsync(fake => fake.OmitResumeUrl = true);
        var first = await bot.Fake.WaitForReadyAsync();
        await Wait.UntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("ready", StringComparison.Ordinal)));

        await first.CloseAsync(4000);

        var second = await bot.Fake.WaitForConnectionAsync(2);
        var resume = (await second.WaitForOpAsync(6))["d"]!;
        Assert.Equal(first.Path, second.Path);
        Assert.Equal(FakeDiscordServer.SessionId, (string?)resume["session_id"]);
        Assert.DoesNotContain(second.Received, f => (int?)f["op"] == 2);
    }

    [Fact]
    public async Task Reconnect_KeepsResumingAndGetsMissedEvents_WhenConnectionsAreRefusedForAWhile()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = await bot.Fake.WaitForReadyAsync();
        await Wait.UntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("ready", StringComparison.Ordinal)));
        var missed = Events.Message("who are the actors?", inGuild: false);
        bot.Fake.Miss("MESSAGE_CREATE", missed);
        bot.Fake.RefuseConnections = true;

        await first.CloseAsync(4000);
        // With the test's 200 ms backoff cap, a dozen refusals stand for a long outage.
        await Wait.UntilAsync(() => bot.Fake.Refused >= 12, what: "a dozen refused connections");
        bot.Fake.RefuseConnections = false;

        var second = await bot.Fake.WaitForConnectionAsync(2);
        Assert.Equal(FakeDiscordServer.SessionId, (string?)(await second.WaitForOpAsync(6))["d"]?["session_id"]);
        Assert.Equal("/resume/", second.Path);
        await bot.Fake.WaitForRequestAsync("POST", "channels/66/messages",
            r => (string?)r.Json["message_reference"]?["message_id"] == (string?)missed["id"]);
        Assert.DoesNotContain(second.Received, f => (int?)f["op"] == 2);
    }

    [Fact]
    public async Task Reconnect_Resumes_WhenGatewaySendsOp7()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = await bot.Fake.WaitForReadyAsync();

        // On a loaded machine a heartbeat acknowledgement can come late enough that the bot has already dropped the
        // connection as a zombie and gone to resume; either way it must come back on a resumed session.
        try
        {
            await first.SendOpAsync(7);
        }
        catch (System.Net.WebSockets.WebSocketException)
        {
        }

        var second = await bot.Fake.WaitForConnectionAsync(2);
        Assert.Equal(FakeDiscordServer.SessionId, (string?)(await second.WaitForOpAsync(6))["d"]?["session_id"]);
        Assert.Equal("/resume/", second.Path);
    }

    // Op 9 with false is in GatewayFaultTests: the wait Discord asks for before identifying runs on a fake clock there.
    [Theory]
    [InlineData(4009)]
    [InlineData(4007)]
    public async Task Reconnect_IdentifiesAfresh_WhenSessionIsInvalid(int code)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = await bot.Fake.WaitForReadyAsync();

        await first.CloseAsync(code);

        var second = await bot.Fake.WaitForConnectionAsync(2);
        await second.WaitForOpAsync(2);
        Assert.Equal("/gateway/", second.Path);
        Assert.DoesNotContain(second.Received, f => (int?)f["op"] == 6);
    }

    [Fact]
    public async Task Reconnect_ResumesWithinTwoHeartbeatIntervals_WhenAcksAreWithheld()
    {
        var interval = TimeSpan.FromMilliseconds(200);
        var clock = new WatchedClock();
        await using var bot = await BotUnderTest.StartAsync(f =>
        {
            f.HeartbeatIntervalMs = (int)interval.TotalMilliseconds;
            f.AckHeartbeats = false;
        }, configure: b => b.Services.AddSingleton<TimeProvider>(clock));
        var first = await bot.Fake.WaitForReadyAsync();

        // The first beat comes at a random moment of the first interval (its wait starts before Identify is sent);
        // the next is due one interval after it, and finds it unacknowledged.
        clock.Advance(interval);
        await first.WaitForOpAsync(1);
        await clock.WaitForWaitAsync(w => w == interval, what: "the wait for the next heartbeat");
        // That wait may have started before the clock reached its advanced time: when the first beat fell in the
        // interval's first millisecond, the next is due within one of now, and only the beat itself is left to check.
        var nextBeat = clock.EndOfFirstWait(w => w == interval);
        var justBefore = nextBeat - clock.GetUtcNow() - TimeSpan.FromMilliseconds(1);
        if (justBefore > TimeSpan.Zero)
        {
            clock.Advance(justBefore);
            await Task.Delay(100);
            Assert.Single(bot.Fake.Connections);
        }
        clock.Advance(TimeSpan.FromTicks(Math.Max((nextBeat - clock.GetUtcNow()).Ticks, 0)));

        var second = await bot.Fake.WaitForConnectionAsync(2);
        await second.WaitForOpAsync(6);
        Assert.Single(first.Received, f => (int?)f["op"] == 1);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("zombie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Heartbeat_SentAtOnce_WhenGatewayAsksWithOp1()
    {
        // The clock stands still, so no scheduled beat comes: the only heartbeat is the answer to op 1.
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(new WatchedClock()));
        var connection = await bot.Fake.WaitForReadyAsync();

        await connection.SendOpAsync(1);

        await Wait.UntilAsync(() => connection.Received.Any(f => (int?)f["op"] == 1), what: "a heartbeat answering op 1");
    }

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4010, "Discord:Shards")]
    [InlineData(4011, "Discord:Shards")]
    [InlineData(4012, "update the bot")]
    [InlineData(4013, "update the bot")]
    [InlineData(4014, "Privileged Gateway Intents")]
    public async Task Start_StopsHostWithExitCode3AndSaysWhatToChange_WhenCloseCodeIsFatal(int code, string change)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();

        await connection.CloseAsync(code);

        await Wait.UntilAsync(() => bot.Stopping.IsCancellationRequested, what: "the host to stop");
        var fatal = Assert.Single(bot.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), fatal.Message, StringComparison.Ordinal);
        Assert.Contains(change, fatal.Message, StringComparison.Ordinal);
        Assert.Equal(3, bot.Host.Services.GetRequiredService<ExitStatus>().Code);
        await Task.Delay(300);
        Assert.Single(bot.Fake.Connections);
    }

    [Fact]
    public async Task Start_StopsHostWithClearMessage_WhenTokenIsRejectedOverHttp()
    {
        await using var bot = await BotUnderTest.StartAsync(f => f.Script = r => new FakeResponse(401, """{"message": "401: Unauthorized", "code": 0}"""));

        await Wait.UntilAsync(() => bot.Stopping.IsCancellationRequested, what: "the host to stop");
        var fatal = Assert.Single(bot.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("401", fatal.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", fatal.Message, StringComparison.Ordinal);
        Assert.Empty(bot.Fake.Connections);
    }
}
