namespace Bot.Discord.Gateway;

/// <summary>
/// Spaces this process's Identify calls as Discord requires: shards fall into max_concurrency buckets
/// (shard id modulo max_concurrency), and each bucket may identify once per Discord:IdentifyInterval.
/// </summary>
internal sealed class IdentifyGate(DiscordOptions options, TimeProvider time)
{
    private readonly Dictionary<int, DateTimeOffset> _nextSlot = [];

    public async Task WaitTurnAsync(Shard shard, int maxConcurrency, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_nextSlot)
        {
            var bucket = shard.Id % Math.Max(1, maxConcurrency);
            var now = time.GetUtcNow();
            var slot = _nextSlot.TryGetValue(bucket, out var next) && next > now ? next : now;
            _nextSlot[bucket] = slot + options.IdentifyInterval;
            wait = slot - now;
        }
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, time, cancellationToken);
    }
}
