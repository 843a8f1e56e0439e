namespace Bot.Discord.Rest;

/// <summary>
/// Counts 401/403/429 answers: 10,000 of them in 10 minutes earn an IP ban from Cloudflare, so
/// past a safety margin every request waits until old ones leave the window.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time, int budget = 9_000)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Queue<DateTimeOffset> _recent = new();
    private readonly Lock _lock = new();

    public void Record()
    {
        lock (_lock)
            _recent.Enqueue(time.GetUtcNow());
    }

    public TimeSpan PauseNeeded()
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_recent.Count > 0 && _recent.Peek() + Window <= now)
                _recent.Dequeue();
            return _recent.Count >= budget ? _recent.Peek() + Window - now : TimeSpan.Zero;
        }
    }
}
