using Microsoft.Data.Sqlite;

namespace Bot.Storage;

public sealed partial class DigestStore
{
    /// <summary>
    /// Records the articles now loaded and returns when each was first seen. On a fresh database
    /// the articles present are the baseline (no sighting time), so only later arrivals are news.
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset?> RecordArticles(IEnumerable<string> articleIds, DateTimeOffset now) => Write((connection, transaction) =>
    {
        var baseline = (long)Scalar(connection, transaction, "SELECT COUNT(*) FROM articles")! == 0;
        foreach (var id in articleIds)
            Execute(connection, transaction, "INSERT OR IGNORE INTO articles (id, first_seen_ms) VALUES ($id, $seen)",
                ("$id", id), ("$seen", baseline ? null : Ms(now)));
        return Seen(connection, transaction);
    });

    /// <summary>When each recorded article was first seen (null: part of the baseline).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset?> SeenArticles() => Read(connection => Seen(connection, null));

    private static Dictionary<string, DateTimeOffset?> Seen(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = Command(connection, transaction, "SELECT id, first_seen_ms FROM articles", []);
        using var reader = command.ExecuteReader();
        var seen = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        while (reader.Read())
            seen[reader.GetString(0)] = reader.IsDBNull(1) ? null : Instant(reader.GetInt64(1));
        return seen;
    }
}
