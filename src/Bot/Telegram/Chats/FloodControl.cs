namespace Bot.Telegram.Chats;

internal enum FloodVerdict { Allowed, Notify, Drop }

/// <summary>
/// Per-user flood control: past the configured rate a user gets one polite notice, and further
/// messages in that stretch are dropped without another word. Users idle for a whole window are
/// forgotten (nothing about them still matters), and at most a configured number are tracked at
/// once, the longest idle going first.
/// </summary>
internal sealed class FloodControl(TelegramOptions options, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, LinkedListNode<Sender>> _senders = [];
    private readonly LinkedList<Sender> _byLastSeen = new();

    internal int TrackedUsers
    {
        get { lock (_lock) return _senders.Count; }
    }

    public FloodVerdict Check(long userId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_byLastSeen.First is { } idle && now - idle.Value.LastSeen >= options.FloodWindow)
                Forget(idle);
            var node = _senders.GetValueOrDefault(userId);
            if (node is null)
                node = _senders[userId] = _byLastSeen.AddLast(new Sender(userId));
            else
            {
                _byLastSeen.Remove(node);
                _byLastSeen.AddLast(node);
            }
            while (_senders.Count > options.FloodTrackedUsers)
                Forget(_byLastSeen.First!);
            return node.Value.Check(now, options.FloodMessages, options.FloodWindow);
        }
    }

    private void Forget(LinkedListNode<Sender> node)
    {
        _byLastSeen.Remove(node);
        _senders.Remove(node.Value.UserId);
    }

    /// <summary>One user's messages within the window (a sliding log) and when they were last told to slow down.</summary>
    private sealed class Sender(long userId)
    {
        private readonly Queue<DateTimeOffset> _recent = new();
        private DateTimeOffset? _noticed;

        public long UserId => userId;

        public DateTimeOffset LastSeen { get; private set; }

        public FloodVerdict Check(DateTimeOffset now, int limit, TimeSpan window)
        {
            LastSeen = now;
            while (_recent.TryPeek(out var oldest) && now - oldest >= window)
                _recent.Dequeue();
            if (_recent.Count < limit)
            {
                _recent.Enqueue(now);
                return FloodVerdict.Allowed;
            }
            if (_noticed is { } at && now - at < window)
                return FloodVerdict.Drop;
            _noticed = now;
            return FloodVerdict.Notify;
        }
    }
}
