namespace Bot.Storage;

public sealed partial class DigestStore
{
    /// <summary>How long an update id is remembered; platforms redeliver within a day, and ids may be reused after a week.</summary>
    private static readonly TimeSpan InboxRetention = TimeSpan.FromDays(1);

    private long _inboxPrunedMs;

    /// <summary>
    /// Takes an update from <paramref name="source"/> (a platform and bot) for handling: true for the
    /// one instance whose insert of the id wins, false for every other that was offered the same update.
    /// </summary>
    public bool TryTakeUpdate(string source, long updateId, DateTimeOffset now) => Write((connection, transaction) =>
    {
        if (Due(ref _inboxPrunedMs, now, InboxRetention / 24))
            Sql.Execute(connection, transaction, "DELETE FROM update_inbox WHERE received_ms < @before", ("@before", Ms(now - InboxRetention)));
        return Sql.Execute(connection, transaction,
            "INSERT INTO update_inbox (source, update_id, owner, received_ms) VALUES (@source, @id, @owner, @now) ON CONFLICT DO NOTHING",
            ("@source", source), ("@id", updateId), ("@owner", Instance), ("@now", Ms(now))) == 1;
    });
}
