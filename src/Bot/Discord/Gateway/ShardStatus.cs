using Bot.Hosting;

namespace Bot.Discord.Gateway;

/// <summary>Discord counts as connected for readiness only while every shard this process runs is connected.</summary>
internal sealed class ShardStatus(BotStatus status)
{
    private readonly HashSet<int> _connected = [];
    private int _expected = 1;

    public void Expect(int shards)
    {
        lock (_connected)
            _expected = shards;
    }

    public void Up(Shard shard)
    {
        lock (_connected)
        {
            _connected.Add(shard.Id);
            if (_connected.Count >= _expected)
                status.Up(DiscordConversation.Platform, PlatformState.Connected);
        }
    }

    public void Down(Shard shard, string reason)
    {
        lock (_connected)
        {
            _connected.Remove(shard.Id);
            status.Down(DiscordConversation.Platform, _expected > 1 ? $"shard {shard}: {reason}" : reason);
        }
    }
}
