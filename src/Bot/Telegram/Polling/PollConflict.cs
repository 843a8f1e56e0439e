namespace Bot.Telegram.Polling;

/// <summary>
/// A run of 409 Conflict answers to getUpdates: another process polls with the same token (Telegram cuts the older
/// of two polls short) or a webhook is set. Two pollers take turns cutting each other off, so a poll answered between
/// two conflicts does not end the run: it ends only after <paramref name="quiet"/> without one, and until then the
/// backoff keeps growing instead of starting over, so neither side spins.
/// </summary>
internal sealed class PollConflict(TimeProvider time, TimeSpan quiet)
{
    private int _count;
    private DateTimeOffset _last;

    /// <summary>Records a conflict; returns how many this run has had, 1 when it has just begun.</summary>
    public int Conflicted()
    {
        _last = time.GetUtcNow();
        return ++_count;
    }

    /// <summary>Records an answered poll; true when it ends a run of conflicts.</summary>
    public bool Answered()
    {
        if (_count == 0 || time.GetUtcNow() - _last < quiet)
            return false;
        _count = 0;
        return true;
    }
}
