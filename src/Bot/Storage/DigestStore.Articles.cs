using System.Data.Common;

namespace Bot.Storage;

public sealed partial class DigestStore
{
    /// <summary>
    /// Records the articles now loaded and returns when each was first seen. On a fresh database
    /// the articles present are the baseline (no sighting time), so only later arrivals are news.
    /// </summary>
    public IReadOnlyDictionary<string, DateTimeOffset?> RecordArticles(IEnumerable<string> articleIds, DateTimeOffset now) => Write((connection, transaction) =>
    {
        var baseline = Convert.ToInt64(Sql.Scalar(connection, transaction, "SELECT COUNT(*) FROM articles")) == 0;
        foreach (var id in articleIds)
            Sql.Execute(connection, transaction, "INSERT INTO articles (id, first_seen_ms) VALUES (@id, @seen) ON CONFLICT DO NOTHING",
                ("@id", id), ("@seen", baseline ? null : Ms(now)));
        return Seen(connection, transaction);
    });

    /// <summary>When each recorded article was first seen (null: part of the baseline).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset?> SeenArticles() => Read(connection => Seen(connection, null));

    private static Dictionary<string, DateTimeOffset?> Seen(DbConnection connection, DbTransaction? transaction)
    {
        using var command = Sql.Command(connection, transaction, "SELECT id, first_seen_ms FROM articles", []);
        using var reader = command.ExecuteReader();
        var seen = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        while (reader.Read())
            seen[reader.GetString(0)] = reader.IsDBNull(1) ? null : Instant(reader.GetInt64(1));
        return seen;
    }
}
