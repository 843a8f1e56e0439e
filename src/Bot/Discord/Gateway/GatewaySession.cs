namespace Bot.Discord.Gateway;

/// <summary>
/// What one shard's connections have learned and must keep across reconnects and restarts: where to resume, the
/// session to resume, its last sequence number, and which received events are still being handled. With a
/// <see cref="SessionKeeper"/> it is saved as it moves, so a restarted bot resumes it and Discord replays every
/// event after the last one handled: nothing sent while the bot was down, or still being answered when it died, is lost.
/// </summary>
internal sealed class GatewaySession(Shard shard, SessionKeeper? keeper = null)
{
    private readonly Lock _gate = new();
    private long _sequence = -1;
    private SortedSet<long> _handling = [];

    public Uri? ResumeUrl { get; private set; }
    public string? SessionId { get; private set; }
    public Shard Shard { get; } = shard;

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>The last sequence number seen, or null before the first dispatch.</summary>
    public long? Sequence => Interlocked.Read(ref _sequence) is var s && s >= 0 ? s : null;

    /// <summary>The last sequence number up to which every event was handled: where a restarted bot resumes.</summary>
    public long? Finished
    {
        get
        {
            lock (_gate)
                return _handling.Count > 0 ? _handling.Min - 1 : Sequence;
        }
    }

    public void Observe(long sequence)
    {
        long current;
        while ((current = Interlocked.Read(ref _sequence)) < sequence && Interlocked.CompareExchange(ref _sequence, sequence, current) != current)
        {
        }
    }

    /// <summary>
    /// Notes an event about to be handled (before it is observed); the returned action marks it handled and saves the session.
    /// A second delivery of an event still being handled (a resume replays what the bot already got) is dropped as a duplicate
    /// at once; only the first delivery's action may mark the event handled, or a crash meanwhile would lose it.
    /// </summary>
    public Action Handling(long sequence)
    {
        SortedSet<long> handling;
        bool first;
        lock (_gate)
        {
            handling = _handling;
            first = handling.Add(sequence);
        }
        return () =>
        {
            // An event of a session since forgotten is removed from that session's set only.
            if (first)
            {
                lock (_gate)
                    handling.Remove(sequence);
            }
            Save();
        };
    }

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Takes up a session saved by an earlier run, to resume from the last event it handled.</summary>
    public void Restore(string sessionId, Uri resumeUrl, long sequence)
    {
        Start(sessionId, resumeUrl);
        Observe(sequence);
    }

    /// <summary>Saves where the session stands, when there is a session to save.</summary>
    public void Save() => keeper?.Save(this);

    /// <summary>Forgets the session, so the next connection (or the next start) identifies afresh.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            SessionId = null;
            ResumeUrl = null;
            Interlocked.Exchange(ref _sequence, -1);
            _handling = [];
        }
        keeper?.Forget(Shard);
    }
}
