using Bot.Discord.Gateway;
using Bot.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord;

public sealed class ShardStatusTests
{
    private static (ShardStatus Shards, BotStatus Status) Create()
    {
        var status = new BotStatus([new MonitoredPlatform("discord")], new FakeTimeProvider());
        var shards = new ShardStatus(status);
        shards.Expect(2);
        return (shards, status);
    }

    [Fact]
    public void Up_ReportsConnected_OnlyWhenEveryShardIsUp()
    {
        var (shards, status) = Create();

        shards.Up(new Shard(0, 2));
        Assert.Equal(PlatformState.Starting, status.Platforms.Single().State);
        shards.Up(new Shard(1, 2));

        Assert.Equal(PlatformState.Connected, status.Platforms.Single().State);
    }

    [Fact]
    public void Down_ReportsTheShard_WhenOneOfSeveralDrops()
    {
        var (shards, status) = Create();
        shards.Up(new Shard(0, 2));
        shards.Up(new Shard(1, 2));

        shards.Down(new Shard(1, 2), "connection reset");
        shards.Up(new Shard(0, 2));

        var report = status.Platforms.Single();
        Assert.Equal(PlatformState.Disconnected, report.State);
        Assert.Equal("shard 1/2: connection reset", report.Reason);
    }
}
