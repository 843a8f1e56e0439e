namespace Bot.Telegram.Sending;

/// <summary>
/// Holds each outgoing message until Telegram's limits allow it: per chat, per group and overall, each
/// as "at most N in any window of its period" (a log of send times, not a bucket that allows bursts).
/// A send holds its place from the moment it is let through until it has completed, and the window is
/// counted from completion: Telegram receives a request somewhere in between, so the limits hold for
/// any window as Telegram sees it. All three limits are checked and taken together, so waiting on one
/// never spends another. Sends queue here rather than being dropped.
/// </summary>
internal sealed class OutgoingRateGate(TelegramOptions options, TimeProvider time)
{
    /// <summary>Chat logs kept before quiet ones are swept away.</summary>
    private const int SweepAbove = 1024;

    private static readonly TimeSpan MaxRecheck = TimeSpan.FromMilliseconds(100);

    private readonly Lock _lock = new();
    private readonly long _origin = time.GetTimestamp();
    private readonly SendLog _global = new(options.GlobalMessages, options.GlobalPeriod);
    private readonly Dictionary<long, SendLog> _perChat = [];
    private readonly Dictionary<long, SendLog> _perGroup = [];
    private int _sweepAt = SweepAbove;
    private int _waiting;

    /// <summary>Sends waiting for their turn: the adapter's send queue.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Waits until a message may go to <paramref name="chatId"/>; dispose the result once the send has completed (or failed).</summary>
    public async Task<IDisposable> WaitAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        if (!options.RateLimitsEnabled)
            return Slot.None;
        Interlocked.Increment(ref _waiting);
        try
        {
            return await WaitForTurnAsync(chatId, isGroup, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private async Task<IDisposable> WaitForTurnAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = Now;
                SendLog[] logs = isGroup
                    ? [_global, LogFor(_perChat, chatId, options.PerChatMessages, options.PerChatPeriod), LogFor(_perGroup, chatId, options.PerGroupMessages, options.PerGroupPeriod)]
                    : [_global, LogFor(_perChat, chatId, options.PerChatMessages, options.PerChatPeriod)];
                var freeAt = logs.Max(log => log.FreeAt(now));
                if (freeAt <= now)
                    return new Slot(this, [.. logs.Select(log => log.Take())]);
                // A place held by a send still in flight frees at an unknown time: look again soon.
                wait = freeAt == TimeSpan.MaxValue ? MaxRecheck : freeAt - now;
            }
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private TimeSpan Now => time.GetElapsedTime(_origin);

    private SendLog LogFor(Dictionary<long, SendLog> logs, long chatId, int limit, TimeSpan period)
    {
        if (logs.Count > _sweepAt)
        {
            var now = Now;
            foreach (var quiet in logs.Where(l => l.Value.IsEmpty(now)).Select(l => l.Key).ToList())
                logs.Remove(quiet);
            _sweepAt = Math.Max(SweepAbove, logs.Count * 2);
        }
        if (!logs.TryGetValue(chatId, out var log))
            logs[chatId] = log = new SendLog(limit, period);
        return log;
    }

    private void Complete(IEnumerable<SendLog.Entry> entries)
    {
        lock (_lock)
        {
            var now = Now;
            foreach (var entry in entries)
                entry.CompletedAt = now;
        }
    }

    /// <summary>The sends one limit counts: those in flight and those completed within the last period.</summary>
    private sealed class SendLog(int limit, TimeSpan period)
    {
        private readonly List<Entry> _entries = [];

        /// <summary>When the next send may start under this limit; <see cref="TimeSpan.MaxValue"/> when that hangs on sends still in flight.</summary>
        public TimeSpan FreeAt(TimeSpan now)
        {
            Prune(now);
            if (_entries.Count < limit)
                return now;
            // The limit frees when enough entries age out: the (count - limit + 1)-th earliest expiry.
            var expiries = _entries.Select(e => e.CompletedAt is { } at ? at + period : TimeSpan.MaxValue).Order();
            return expiries.ElementAt(_entries.Count - limit);
        }

        public Entry Take()
        {
            var entry = new Entry();
            _entries.Add(entry);
            return entry;
        }

        public bool IsEmpty(TimeSpan now)
        {
            Prune(now);
            return _entries.Count == 0;
        }

        private void Prune(TimeSpan now) => _entries.RemoveAll(e => e.CompletedAt is { } at && at + period <= now);

        public sealed class Entry
        {
            public TimeSpan? CompletedAt { get; set; }
        }
    }

    /// <summary>The places one send holds in each limit, released (the send's time recorded) on dispose.</summary>
    private sealed class Slot(OutgoingRateGate? gate, SendLog.Entry[] entries) : IDisposable
    {
        public static readonly Slot None = new(null, []);
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                gate?.Complete(entries);
        }
    }
}
