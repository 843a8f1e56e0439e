namespace Bot.Storage;

public sealed partial class DigestStore
{
    /// <summary>The session saved for <paramref name="shard"/> of the bot <paramref name="source"/>, or null when there is none.</summary>
    public SavedSession? SavedSession(string source, string shard) => Read(connection =>
    {
        using var command = Sql.Command(connection, null,
            "SELECT session_id, resume_url, sequence, application_id, user_id FROM gateway_sessions WHERE source = @source AND shard = @shard",
            [("@source", source), ("@shard", shard)]);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new SavedSession(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4))
            : null;
    });

    /// <summary>Saves where a shard's session stands, replacing what was saved before.</summary>
    public void SaveSession(string source, string shard, SavedSession session, DateTimeOffset now) => Write((connection, transaction) =>
        Sql.Execute(connection, transaction,
            """
            INSERT INTO gateway_sessions (source, shard, session_id, resume_url, sequence, application_id, user_id, updated_ms)
            VALUES (@source, @shard, @session, @url, @sequence, @application, @user, @now)
            ON CONFLICT (source, shard) DO UPDATE SET session_id = @session, resume_url = @url, sequence = @sequence,
                application_id = @application, user_id = @user, updated_ms = @now
            """,
            ("@source", source), ("@shard", shard), ("@session", session.SessionId), ("@url", session.ResumeUrl), ("@sequence", session.Sequence),
            ("@application", session.ApplicationId), ("@user", session.UserId), ("@now", Ms(now))));

    /// <summary>Forgets a shard's session once Discord ended it, so the next start identifies afresh.</summary>
    public void ForgetSession(string source, string shard) => Write((connection, transaction) =>
        Sql.Execute(connection, transaction, "DELETE FROM gateway_sessions WHERE source = @source AND shard = @shard", ("@source", source), ("@shard", shard)));
}
