namespace Bot.Storage;

/// <summary>One update a webhook received and stored, as the platform sent it.</summary>
public sealed record StoredUpdate(long UpdateId, string Body);

public sealed partial class DigestStore
{
    /// <summary>How long a handled webhook update is remembered, so a redelivery of it is not answered again.</summary>
    private static readonly TimeSpan WebhookRetention = TimeSpan.FromDays(1);

    private long _webhookPrunedMs;

    /// <summary>How long a claim is an instance's alone (zero on SQLite, where one process runs).</summary>
    public TimeSpan ClaimLease => _claimLease;

    /// <summary>
    /// Keeps an update a webhook received, claimed by this instance, until it is handled; committed before the
    /// platform is told it arrived. False when the same update was stored before (the platform delivered it again).
    /// </summary>
    public bool TryStoreUpdate(string source, long updateId, string body, DateTimeOffset now) => Write((connection, transaction) =>
    {
        if (Due(ref _webhookPrunedMs, now, WebhookRetention / 24))
            Sql.Execute(connection, transaction, "DELETE FROM webhook_updates WHERE handled = 1 AND received_ms < @before", ("@before", Ms(now - WebhookRetention)));
        return Sql.Execute(connection, transaction,
            """
            INSERT INTO webhook_updates (source, update_id, body, handled, owner, claimed_ms, received_ms)
            VALUES (@source, @id, @body, 0, @owner, @now, @now) ON CONFLICT DO NOTHING
            """,
            ("@source", source), ("@id", updateId), ("@body", body), ("@owner", Instance), ("@now", Ms(now))) == 1;
    });

    /// <summary>
    /// Takes over updates stored but not handled by another instance, or an earlier run: on SQLite all of them
    /// (one process), on PostgreSQL those whose claim is older than the claim lease (their instance died). Oldest first.
    /// </summary>
    public IReadOnlyList<StoredUpdate> ClaimUnhandledUpdates(string source, DateTimeOffset now) => Write((connection, transaction) =>
    {
        using var command = Sql.Command(connection, transaction,
            """
            UPDATE webhook_updates SET owner = @owner, claimed_ms = @now
            WHERE source = @source AND handled = 0 AND owner <> @owner AND claimed_ms <= @stale
            RETURNING update_id, body
            """, [("@source", source), ("@owner", Instance), ("@now", Ms(now)), ("@stale", Ms(now - _claimLease))]);
        using var reader = command.ExecuteReader();
        var updates = new List<StoredUpdate>();
        while (reader.Read())
            updates.Add(new StoredUpdate(reader.GetInt64(0), reader.GetString(1)));
        return updates.OrderBy(u => u.UpdateId).ToList();
    });

    public void MarkUpdateHandled(string source, long updateId) => Write((connection, transaction) =>
        Sql.Execute(connection, transaction, "UPDATE webhook_updates SET handled = 1 WHERE source = @source AND update_id = @id",
            ("@source", source), ("@id", updateId)));
}
