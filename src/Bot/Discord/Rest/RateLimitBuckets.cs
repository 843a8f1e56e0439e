using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace Bot.Discord.Rest;

/// <summary>
/// Discord's per-bucket limits as the X-RateLimit-* headers reveal them, plus the global pause a
/// global (or Cloudflare) 429 imposes. Limits are learned, never hard-coded.
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private const int PruneAbove = 5_000;

    private readonly ConcurrentDictionary<string, string> _hashes = new();
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();
    private long _globalUntilTicks;

    /// <summary>Waits until both the global pause and the route's bucket allow one more request, then takes it.</summary>
    public async Task WaitAsync(RestRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var global = new DateTimeOffset(Interlocked.Read(ref _globalUntilTicks), TimeSpan.Zero) - now;
            var wait = global > TimeSpan.Zero ? global : BucketFor(route).Reserve(now);
            if (wait <= TimeSpan.Zero)
                return;
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    public void Update(RestRoute route, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
            _hashes[route.Key] = hash;
        if (Number(headers, "X-RateLimit-Remaining") is { } remaining && Number(headers, "X-RateLimit-Reset-After") is { } resetAfter)
            BucketFor(route).Update((int?)Number(headers, "X-RateLimit-Limit"), (int)remaining, time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter));
    }

    public void PauseBucket(RestRoute route, TimeSpan retryAfter) => BucketFor(route).Pause(time.GetUtcNow() + retryAfter);

    public void PauseAll(TimeSpan retryAfter)
    {
        var until = (time.GetUtcNow() + retryAfter).UtcTicks;
        long current;
        while ((current = Interlocked.Read(ref _globalUntilTicks)) < until && Interlocked.CompareExchange(ref _globalUntilTicks, until, current) != current)
        {
        }
    }

    public static bool HasRateLimitHeaders(HttpResponseHeaders headers) => headers.Contains("X-RateLimit-Limit") || headers.Contains("X-RateLimit-Bucket");

    public static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public static double? Number(HttpResponseHeaders headers, string name) =>
        double.TryParse(Header(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private Bucket BucketFor(RestRoute route)
    {
        var key = (_hashes.TryGetValue(route.Key, out var hash) ? hash : route.Key) + ":" + route.Major;
        if (_buckets.Count > PruneAbove)
            Prune();
        return _buckets.GetOrAdd(key, _ => new Bucket());
    }

    // Every interaction has its own routes, so idle buckets would pile up without this.
    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(now))
                _buckets.TryRemove(key, out _);
        }
    }

    private sealed class Bucket
    {
        private readonly Lock _lock = new();
        private int? _limit;
        private int? _remaining;
        private DateTimeOffset _resetAt;

        public TimeSpan Reserve(DateTimeOffset now)
        {
            lock (_lock)
            {
                if (now >= _resetAt && _remaining is not null)
                    _remaining = _limit;
                if (_remaining is null)
                    return TimeSpan.Zero;
                if (_remaining <= 0)
                    return _resetAt - now;
                _remaining--;
                return TimeSpan.Zero;
            }
        }

        public void Update(int? limit, int remaining, DateTimeOffset resetAt)
        {
            lock (_lock)
            {
                // Responses can arrive out of order: within one window our own count is the truth.
                var sameWindow = _remaining is not null && resetAt <= _resetAt + TimeSpan.FromSeconds(1);
                _remaining = sameWindow ? Math.Min(_remaining!.Value, remaining) : remaining;
                _limit = limit ?? _limit ?? remaining;
                _resetAt = resetAt;
            }
        }

        public void Pause(DateTimeOffset until)
        {
            lock (_lock)
            {
                _remaining = 0;
                _limit ??= 1;
                _resetAt = until;
            }
        }

        public bool IsIdle(DateTimeOffset now)
        {
            lock (_lock)
                return now >= _resetAt;
        }
    }
}
