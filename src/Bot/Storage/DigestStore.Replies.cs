namespace Bot.Storage;

public sealed partial class DigestStore
{
    /// <summary>How long a reply's progress is kept; a question cut short comes back well within a day.</summary>
    private static readonly TimeSpan ReplyRetention = TimeSpan.FromDays(1);

    private long _repliesPrunedMs;

    /// <summary>How many parts of the reply to <paramref name="replyId"/> (from <paramref name="source"/>) were delivered; 0 when none were.</summary>
    public int RepliedParts(string source, string replyId) => Read(connection =>
        Convert.ToInt32(Sql.Scalar(connection, null, "SELECT parts_sent FROM reply_parts WHERE source = @source AND reply_id = @id",
            ("@source", source), ("@id", replyId)) ?? 0, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Records that the first <paramref name="partsSent"/> parts of a reply were delivered.</summary>
    public void RecordRepliedParts(string source, string replyId, int partsSent, DateTimeOffset now) => Write((connection, transaction) =>
    {
        if (Due(ref _repliesPrunedMs, now, ReplyRetention / 24))
            Sql.Execute(connection, transaction, "DELETE FROM reply_parts WHERE updated_ms < @before", ("@before", Ms(now - ReplyRetention)));
        return Sql.Execute(connection, transaction,
            """
            INSERT INTO reply_parts (source, reply_id, parts_sent, updated_ms) VALUES (@source, @id, @parts, @now)
            ON CONFLICT (source, reply_id) DO UPDATE SET parts_sent = @parts, updated_ms = @now
            """,
            ("@source", source), ("@id", replyId), ("@parts", partsSent), ("@now", Ms(now)));
    });
}
