using Bot.Storage;
using Bot.Tests.Digests.Support;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Digests;

/// <summary>The store survives restarts, and its faults are clear errors that lose nothing already stored.</summary>
public sealed class DigestStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 22, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static SubscriptionTarget Target(string chat) => new("telegram", chat, "0 8 * * *", "UTC");

    [Fact]
    public void Open_KeepsSubscriptionsAndArticles_WhenReopened()
    {
        var first = _database.Open();
        first.Subscribe(Target("1"), false, Now);
        first.RecordArticles(["a"], Now);
        SqliteConnection.ClearAllPools();

        var second = _database.Open();
        Assert.Equal("1", Assert.Single(second.ActiveSubscriptions()).ChatId);
        Assert.Equal(["a", "b"], second.RecordArticles(["a", "b"], Now.AddDays(1)).Keys.Order());
        Assert.Null(second.SeenArticles()["a"]);
        Assert.Equal(Now.AddDays(1), second.SeenArticles()["b"]);
        using var connection = new SqliteConnection(_database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA user_version";
        Assert.Equal((long)DigestStore.SchemaVersion, command.ExecuteScalar());
    }

    [Fact]
    public void Subscribe_ThrowsReadOnlyError_WhenDatabaseIsReadOnly()
    {
        _database.Open().Subscribe(Target("1"), false, Now);
        var store = _database.Open(connectionString: _database.ConnectionString + ";Mode=ReadOnly");
        var error = Assert.Throws<StorageException>(() => store.Subscribe(Target("2"), false, Now));
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Single(store.ActiveSubscriptions());
    }

    [Fact]
    public void Subscribe_ThrowsLockedError_WhenAnotherProcessHoldsTheLock()
    {
        var store = _database.Open();
        store.Subscribe(Target("1"), false, Now);
        using (var other = new SqliteConnection(_database.ConnectionString + ";Pooling=False"))
        {
            other.Open();
            using var transaction = other.BeginTransaction();
            using var command = other.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE subscriptions SET schedule = schedule";
            command.ExecuteNonQuery();
            var error = Assert.Throws<StorageException>(() => store.Subscribe(Target("2"), false, Now));
            Assert.Contains("locked", error.Message, StringComparison.Ordinal);
        }
        store.Subscribe(Target("2"), false, Now);
        Assert.Equal(2, store.ActiveSubscriptions().Count);
    }

    [Fact]
    public void EnsureReady_ThrowsDamagedErrorAndLeavesFile_WhenDatabaseIsCorrupt()
    {
        var garbage = Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(_database.File, garbage);
        var store = _database.Open();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var error = Assert.Throws<StorageException>(store.EnsureReady);
            Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(garbage, File.ReadAllBytes(_database.File));
    }

    [Fact]
    public void Subscribe_ThrowsFullErrorAndKeepsRows_WhenDatabaseIsFull()
    {
        var store = _database.Open(maxBytes: 65_536);
        var stored = 0;
        var error = Assert.Throws<StorageException>(() =>
        {
            for (; stored < 100_000; stored++)
                store.Subscribe(Target(new string('x', 200) + stored), false, Now);
        });
        Assert.Contains("full", error.Message, StringComparison.Ordinal);
        Assert.InRange(stored, 1, 10_000);
        Assert.Equal(stored, store.ActiveSubscriptions().Count);
    }

    [Fact]
    public void EnsureReady_RefusesAndLeavesFile_WhenSchemaIsNewer()
    {
        using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<StorageException>(_database.Open().EnsureReady);
        Assert.Contains("newer than this program's", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subscribe_KeepsCursor_WhenSameScheduleIsRepeated()
    {
        var store = _database.Open();
        store.Subscribe(Target("1"), false, Now);
        Assert.Equal(Now, store.Subscribe(Target("1"), false, Now.AddDays(3)).Since);
        Assert.Equal(Now.AddDays(3), store.Subscribe(Target("1") with { TimeZone = "Asia/Almaty" }, false, Now.AddDays(3)).Since);
    }
}
