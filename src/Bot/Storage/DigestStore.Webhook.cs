namespace Bot.Storage;

/// <summary>One update a webhook received and stored, as the platform sent it.</summary>
public sealed record StoredUpdate(long UpdateId, string Body);

public sealed partial class DigestStore
{
    /// <summary>How long a handled webhook update is remembered, so a redelivery of it is not answered again.</summary>
    private static readonly TimeSpan WebhookRetention = TimeSpan.FromDays(1);

    private long _webhookPrunedMs;

    /// <summary>
    /// Keeps an update a webhook received until it is handled; committed before the platform is told it arrived.
    /// False when the same update was stored before (the platform delivered it again).
    /// </summary>
    public bool TryStoreUpdate(string source, long updateId, string body, DateTimeOffset now) => Write((connection, transaction) =>
    {
        if (Due(ref _webhookPrunedMs, now, WebhookRetention / 24))
            Sql.Execute(connection, transaction, "DELETE FROM webhook_updates WHERE handled = 1 AND received_ms < @before", ("@before", Ms(now - WebhookRetention)));
        return Sql.Execute(connection, transaction,
            "INSERT INTO webhook_updates (source, update_id, body, handled, received_ms) VALUES (@source, @id, @body, 0, @now) ON CONFLICT DO NOTHING",
            ("@source", source), ("@id", updateId), ("@body", body), ("@now", Ms(now))) == 1;
    });

    /// <summary>Updates stored but not yet handled (an earlier run stopped before handling them), oldest first.</summary>
    public IReadOnlyList<StoredUpdate> UnhandledUpdates(string source) => Read(connection =>
    {
        using var command = Sql.Command(connection, null,
            "SELECT update_id, body FROM webhook_updates WHERE source = @source AND handled = 0 ORDER BY update_id", [("@source", source)]);
        using var reader = command.ExecuteReader();
        var updates = new List<StoredUpdate>();
        while (reader.Read())
            updates.Add(new StoredUpdate(reader.GetInt64(0), reader.GetString(1)));
        return updates;
    });

    public void MarkUpdateHandled(string source, long updateId) => Write((connection, transaction) =>
        Sql.Execute(connection, transaction, "UPDATE webhook_updates SET handled = 1 WHERE source = @source AND update_id = @id",
            ("@source", source), ("@id", updateId)));
}
