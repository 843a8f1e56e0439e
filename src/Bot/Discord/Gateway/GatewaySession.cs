namespace Bot.Discord.Gateway;

/// <summary>
/// What one shard's connections have learned and must keep across reconnects: where to resume, the
/// session to resume and its last sequence number.
/// </summary>
internal sealed class GatewaySession(Shard shard)
{
    private long _sequence = -1;

    public Uri? ResumeUrl { get; private set; }
    public string? SessionId { get; private set; }
    public Shard Shard { get; } = shard;

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>The last sequence number seen, or null before the first dispatch.</summary>
    public long? Sequence => Interlocked.Read(ref _sequence) is var s && s >= 0 ? s : null;

    public void Observe(long sequence)
    {
        long current;
        while ((current = Interlocked.Read(ref _sequence)) < sequence && Interlocked.CompareExchange(ref _sequence, sequence, current) != current)
        {
        }
    }

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Forgets the session, so the next connection identifies afresh.</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _sequence, -1);
    }
}
