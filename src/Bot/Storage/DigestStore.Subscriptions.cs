using System.Data.Common;

namespace Bot.Storage;

public sealed partial class DigestStore
{
    private const string SubscriptionColumns = "id, platform, chat_id, schedule, time_zone, from_configuration, since_ms";

    /// <summary>
    /// Subscribes a chat, or changes its schedule. A new or changed schedule starts from
    /// <paramref name="now"/>, so it never back-fills slots from before it was set.
    /// </summary>
    public Subscription Subscribe(SubscriptionTarget target, bool fromConfiguration, DateTimeOffset now) =>
        Write((connection, transaction) => Upsert(connection, transaction, target, fromConfiguration, now));

    /// <summary>Stops a chat's digests; false when it had none.</summary>
    public bool Unsubscribe(string platform, string chatId) => Write((connection, transaction) =>
        Sql.Execute(connection, transaction, "UPDATE subscriptions SET active = 0 WHERE platform = @p AND chat_id = @c AND active = 1",
            ("@p", platform), ("@c", chatId)) > 0);

    public Subscription? Find(string platform, string chatId) => Read(connection =>
        Query(connection, null, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE platform = @p AND chat_id = @c AND active = 1",
            ("@p", platform), ("@c", chatId)).FirstOrDefault());

    public IReadOnlyList<Subscription> ActiveSubscriptions() => Read(connection =>
        Query(connection, null, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE active = 1 ORDER BY id"));

    /// <summary>Makes the configured targets active and retires configured ones no longer listed; chat-made subscriptions are kept.</summary>
    public void SyncConfigured(IReadOnlyCollection<SubscriptionTarget> targets, DateTimeOffset now) => Write((connection, transaction) =>
    {
        var listed = targets.Select(target => Upsert(connection, transaction, target, true, now).Id).ToHashSet();
        var retired = 0;
        foreach (var configured in Query(connection, transaction, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE from_configuration = 1 AND active = 1"))
            if (!listed.Contains(configured.Id))
                retired += Sql.Execute(connection, transaction, "UPDATE subscriptions SET active = 0 WHERE id = @id", ("@id", configured.Id));
        return retired;
    });

    private static Subscription Upsert(DbConnection connection, DbTransaction transaction, SubscriptionTarget target, bool fromConfiguration, DateTimeOffset now) =>
        Query(connection, transaction, $"""
            INSERT INTO subscriptions (platform, chat_id, schedule, time_zone, from_configuration, active, since_ms)
            VALUES (@p, @c, @s, @z, @f, 1, @now)
            ON CONFLICT (platform, chat_id) DO UPDATE SET
                since_ms = CASE WHEN subscriptions.active = 1 AND subscriptions.schedule = excluded.schedule AND subscriptions.time_zone = excluded.time_zone
                    THEN subscriptions.since_ms ELSE excluded.since_ms END,
                schedule = excluded.schedule, time_zone = excluded.time_zone, from_configuration = excluded.from_configuration, active = 1
            RETURNING {SubscriptionColumns}
            """, ("@p", target.Platform), ("@c", target.ChatId), ("@s", target.Schedule), ("@z", target.TimeZone),
            ("@f", fromConfiguration ? 1 : 0), ("@now", Ms(now))).Single();

    private static List<Subscription> Query(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Sql.Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<Subscription>();
        while (reader.Read())
            list.Add(new Subscription(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5) != 0, Instant(reader.GetInt64(6))));
        return list;
    }
}
