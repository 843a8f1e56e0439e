using System.Text.Json.Nodes;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Discord;

[Collection(DiscordSuite.Name)]
public sealed class ShardGatewayTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task Start_IdentifiesEachRecommendedShardSpacedByTheLimit_WhenShardsAreAuto()
    {
        var clock = new WatchedClock();
        await using var bot = await BotUnderTest.StartAsync(f => f.RecommendedShards = 2,
            new Dictionary<string, string?> { ["Discord:Shards"] = "auto", ["Discord:IdentifyInterval"] = Interval.ToString() },
            configure: b => b.Services.AddSingleton<TimeProvider>(clock));

        var first = await bot.Fake.WaitForReadyAsync(1);
        await clock.WaitForWaitAsync(w => w == Interval, what: "the second shard's wait for its turn to identify");
        clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        await Task.Delay(100);
        Assert.Single(bot.Fake.Connections);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var second = await bot.Fake.WaitForReadyAsync(2);

        Assert.Equal(["[0,2]", "[1,2]"], new[] { first, second }.Select(Shard).Order());
    }

    [Fact]
    public async Task Start_StopsNamingDiscordShards_WhenAutoWouldRunMoreShardsThanOneProcessShould()
    {
        await using var bot = await BotUnderTest.StartAsync(f => f.RecommendedShards = int.MaxValue,
            new Dictionary<string, string?> { ["Discord:Shards"] = "auto" });

        await Wait.UntilAsync(() => bot.Stopping.IsCancellationRequested, what: "the host to stop");
        var fatal = Assert.Single(bot.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("Discord:Shards", fatal.Message, StringComparison.Ordinal);
        Assert.Empty(bot.Fake.Connections);
    }

    [Fact]
    public async Task Dispatch_HandlesEventsOfEveryShard_WhenSeveralRun()
    {
        await using var bot = await BotUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Discord:Shards"] = "0/2,1/2" });
        var connections = new[] { await bot.Fake.WaitForReadyAsync(1), await bot.Fake.WaitForReadyAsync(2) };
        await Wait.UntilAsync(() => bot.Logs.Entries.Count(e => e.Message.Contains("ready", StringComparison.Ordinal)) >= 2);
        var messages = connections.Select(_ => Events.Message("who are the actors?")).ToList();

        await Task.WhenAll(connections.Zip(messages, (c, m) => c.DispatchAsync("MESSAGE_CREATE", m)));

        foreach (var message in messages)
            await bot.Fake.WaitForRequestAsync("POST", "channels/55/messages", r => (string?)r.Json["message_reference"]?["message_id"] == (string?)message["id"]);
    }

    [Fact]
    public async Task Identify_WaitsForResetAfter_WhenNoSessionStartsRemain()
    {
        var reset = TimeSpan.FromMilliseconds(600);
        await using var bot = await BotUnderTest.StartAsync(f => f.Script = r => r.Path == "gateway/bot" && f.Matching("GET", "gateway/bot").Count() == 1
            ? new FakeResponse(200, new JsonObject
            {
                ["url"] = f.WebSocketBase + "/gateway",
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 0, ["reset_after"] = reset.TotalMilliseconds, ["max_concurrency"] = 1 },
            }.ToJsonString())
            : null, new Dictionary<string, string?> { ["Discord:Shards"] = "0/1" });

        var connection = await bot.Fake.WaitForReadyAsync(1);

        var lookup = bot.Fake.Matching("GET", "gateway/bot").First();
        Assert.True(connection.ConnectedAt - lookup.At >= reset - TimeSpan.FromMilliseconds(20), $"connected {(connection.ConnectedAt - lookup.At).TotalMilliseconds} ms after the lookup");
    }

    [Fact]
    public async Task Reconnect_ResumesOnlyTheDroppedShard_WhenOneShardLosesItsConnection()
    {
        await using var bot = await BotUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Discord:Shards"] = "0/2,1/2" });
        var connections = new[] { await bot.Fake.WaitForReadyAsync(1), await bot.Fake.WaitForReadyAsync(2) };
        await Wait.UntilAsync(() => bot.Logs.Entries.Count(e => e.Message.Contains("ready", StringComparison.Ordinal)) >= 2);
        var dropped = connections.Single(c => Shard(c) == "[1,2]");
        var kept = connections.Single(c => Shard(c) == "[0,2]");

        await dropped.CloseAsync(4000);

        var third = await bot.Fake.WaitForConnectionAsync(3);
        await third.WaitForOpAsync(6);
        Assert.Equal("/resume/", third.Path);
        Assert.True(kept.IsOpen);
        Assert.Single(kept.Received, f => (int?)f["op"] == 2);
        Assert.DoesNotContain(kept.Received, f => (int?)f["op"] == 6);
        Assert.Equal(3, bot.Fake.Connections.Count);
    }

    private static string Shard(FakeGatewayClient client) =>
        client.Received.First(f => (int?)f["op"] == 2)["d"]!["shard"]!.ToJsonString();
}
