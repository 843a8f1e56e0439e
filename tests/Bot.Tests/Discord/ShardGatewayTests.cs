using System.Text.Json.Nodes;
using Bot.Tests.Discord.Fakes;

namespace Bot.Tests.Discord;

[Collection(DiscordSuite.Name)]
public sealed class ShardGatewayTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task Start_IdentifiesEachRecommendedShardSpacedByTheLimit_WhenShardsAreAuto()
    {
        await using var bot = await BotUnderTest.StartAsync(f => f.RecommendedShards = 2,
            new Dictionary<string, string?> { ["Discord:Shards"] = "auto", ["Discord:IdentifyInterval"] = Interval.ToString() });

        var first = await bot.Fake.WaitForReadyAsync(1);
        var second = await bot.Fake.WaitForReadyAsync(2);

        Assert.Equal(["[0,2]", "[1,2]"], new[] { first, second }.Select(Shard).Order());
        Assert.True(second.ConnectedAt - first.ConnectedAt >= Interval - TimeSpan.FromMilliseconds(20),
            $"identified {(second.ConnectedAt - first.ConnectedAt).TotalMilliseconds} ms apart");
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
