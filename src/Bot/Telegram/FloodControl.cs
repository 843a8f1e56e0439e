using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Bot.Telegram;

public enum FloodVerdict { Allowed, Notify, Drop }

/// <summary>
/// Per-user flood control: past the configured rate a user gets one polite notice, and further
/// messages in that stretch are dropped without another word.
/// </summary>
public sealed class FloodControl : IDisposable
{
    private readonly PartitionedRateLimiter<long> _limiter;
    private readonly ConcurrentDictionary<long, DateTimeOffset> _noticed = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;

    public FloodControl(TelegramOptions options, TimeProvider time)
    {
        _time = time;
        _window = options.FloodWindow;
        _limiter = PartitionedRateLimiter.Create<long, long>(user => RateLimitPartition.GetSlidingWindowLimiter(user, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.FloodMessages,
            Window = options.FloodWindow,
            SegmentsPerWindow = 4,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public FloodVerdict Check(long userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        var now = _time.GetUtcNow();
        if (lease.IsAcquired)
            return FloodVerdict.Allowed;
        if (_noticed.TryGetValue(userId, out var at) && now - at < _window)
            return FloodVerdict.Drop;
        _noticed[userId] = now;
        return FloodVerdict.Notify;
    }

    public void Dispose() => _limiter.Dispose();
}
