namespace Bot.Storage;

public sealed partial class DigestStore
{
    /// <summary>How long an update id is remembered; platforms redeliver within a day, and ids may be reused after a week.</summary>
    private static readonly TimeSpan InboxRetention = TimeSpan.FromDays(1);

    private long _inboxPrunedMs;

    /// <summary>
    /// Offers an update from <paramref name="source"/> (a platform and bot) to this instance. The first instance
    /// offered it takes a lease of <see cref="ClaimLease"/> on it; once that lease ran out without the update being
    /// recorded as answered (its instance died, or stopped before answering), any instance offered it takes it over.
    /// </summary>
    public UpdateTake TakeUpdate(string source, long updateId, DateTimeOffset now) => Write((connection, transaction) =>
    {
        if (Due(ref _inboxPrunedMs, now, InboxRetention / 24))
            Sql.Execute(connection, transaction, "DELETE FROM update_inbox WHERE received_ms < @before", ("@before", Ms(now - InboxRetention)));
        // The row lock of the conflicting insert serialises instances offered the same update; only one sees the lapsed lease.
        var taken = Sql.Execute(connection, transaction,
            """
            INSERT INTO update_inbox (source, update_id, owner, received_ms, lease_until_ms, answered)
            VALUES (@source, @id, @owner, @now, @until, 0)
            ON CONFLICT (source, update_id) DO UPDATE SET owner = @owner, lease_until_ms = @until
            WHERE update_inbox.answered = 0 AND update_inbox.lease_until_ms <= @now
            """,
            ("@source", source), ("@id", updateId), ("@owner", Instance), ("@now", Ms(now)), ("@until", Ms(now + _claimLease))) == 1;
        if (taken)
            return UpdateTake.Answer;
        var answered = Convert.ToInt64(Sql.Scalar(connection, transaction, "SELECT answered FROM update_inbox WHERE source = @source AND update_id = @id",
            ("@source", source), ("@id", updateId)), System.Globalization.CultureInfo.InvariantCulture);
        return answered == 1 ? UpdateTake.Answered : UpdateTake.Held;
    });

    /// <summary>Extends this instance's lease on an update it is still answering; false when the lease is no longer its own.</summary>
    public bool RenewUpdate(string source, long updateId, DateTimeOffset now) => UpdateOwnClaim(source, updateId, Ms(now + _claimLease)) == 1;

    /// <summary>Gives up this instance's lease on an update it did not answer, so any instance offered it again takes it at once.</summary>
    public void ReleaseUpdate(string source, long updateId) => UpdateOwnClaim(source, updateId, 0);

    /// <summary>Records that an update was answered: from now on no instance answers it again.</summary>
    public void MarkUpdateAnswered(string source, long updateId) => Write((connection, transaction) =>
        Sql.Execute(connection, transaction, "UPDATE update_inbox SET answered = 1 WHERE source = @source AND update_id = @id",
            ("@source", source), ("@id", updateId)));

    private int UpdateOwnClaim(string source, long updateId, long leaseUntilMs) => Write((connection, transaction) =>
        Sql.Execute(connection, transaction,
            "UPDATE update_inbox SET lease_until_ms = @until WHERE source = @source AND update_id = @id AND owner = @owner AND answered = 0",
            ("@source", source), ("@id", updateId), ("@owner", Instance), ("@until", leaseUntilMs)));
}
