namespace Bot.Storage;

/// <summary>A reply in several messages that an instance stopped sending: where it goes on, and what it still has to send.</summary>
public sealed record UnfinishedReply(string ReplyId, int PartsSent, string Body);

public sealed partial class DigestStore
{
    /// <summary>How long a reply's progress is kept; a reply not finished by then is not worth finishing.</summary>
    private static readonly TimeSpan ReplyRetention = TimeSpan.FromDays(1);

    private long _repliesPrunedMs;

    /// <summary>How many parts of the reply to <paramref name="replyId"/> (from <paramref name="source"/>) were delivered; 0 when none were.</summary>
    public int RepliedParts(string source, string replyId) => Read(connection =>
        Convert.ToInt32(Sql.Scalar(connection, null, "SELECT parts_sent FROM reply_parts WHERE source = @source AND reply_id = @id",
            ("@source", source), ("@id", replyId)) ?? 0, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Records that the first <paramref name="partsSent"/> parts of a reply were delivered, and, while it is unfinished, the reply
    /// itself in <paramref name="body"/> (null once finished, or when the platform delivers the question again anyway).
    /// </summary>
    public void RecordRepliedParts(string source, string replyId, int partsSent, string? body, DateTimeOffset now) => Write((connection, transaction) =>
    {
        if (Due(ref _repliesPrunedMs, now, ReplyRetention / 24))
            Sql.Execute(connection, transaction, "DELETE FROM reply_parts WHERE updated_ms < @before", ("@before", Ms(now - ReplyRetention)));
        return Sql.Execute(connection, transaction,
            """
            INSERT INTO reply_parts (source, reply_id, parts_sent, body, owner, updated_ms) VALUES (@source, @id, @parts, @body, @owner, @now)
            ON CONFLICT (source, reply_id) DO UPDATE SET parts_sent = @parts, body = @body, owner = @owner, updated_ms = @now
            """,
            ("@source", source), ("@id", replyId), ("@parts", partsSent), ("@body", body), ("@owner", Instance), ("@now", Ms(now)));
    });

    /// <summary>
    /// Takes over the replies another instance, or an earlier run, left unfinished: on SQLite all of them (one process), on PostgreSQL
    /// those not advanced for longer than the claim lease (their instance died).
    /// </summary>
    public IReadOnlyList<UnfinishedReply> ClaimUnfinishedReplies(string source, DateTimeOffset now) => Write((connection, transaction) =>
    {
        using var command = Sql.Command(connection, transaction,
            """
            UPDATE reply_parts SET owner = @owner, updated_ms = @now
            WHERE source = @source AND body IS NOT NULL AND owner <> @owner AND updated_ms <= @stale AND updated_ms >= @oldest
            RETURNING reply_id, parts_sent, body
            """, [("@source", source), ("@owner", Instance), ("@now", Ms(now)), ("@stale", Ms(now - _claimLease)), ("@oldest", Ms(now - ReplyRetention))]);
        using var reader = command.ExecuteReader();
        var replies = new List<UnfinishedReply>();
        while (reader.Read())
            replies.Add(new UnfinishedReply(reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
        return replies;
    });
}
