using System.Data.Common;

namespace Bot.Storage;

/// <summary>
/// The database of subscriptions, the digest log, article sightings and the update inbox: an embedded
/// SQLite file (WAL mode) by default, or PostgreSQL shared by several instances of the bot.
/// Opened lazily, so a missing, locked or damaged database costs the digests but never the bot's
/// start-up; every failure surfaces as a <see cref="StorageException"/> and the next call tries again.
/// SQLite writes are serialised in-process and its busy timeout covers other processes; PostgreSQL's row locks cover both.
/// </summary>
public sealed partial class DigestStore : IDisposable
{
    private const int Attempts = 3;

    private readonly IStoreDatabase _database;
    private readonly TimeSpan _claimLease;
    private readonly Lock _writeLock = new();

    /// <summary>An embedded SQLite store, used by one process: a claim left open belongs to an earlier run and is taken over at once.</summary>
    public DigestStore(string connectionString, long maxBytes) : this(new SqliteDatabase(connectionString, maxBytes), TimeSpan.Zero)
    {
    }

    private DigestStore(IStoreDatabase database, TimeSpan claimLease)
    {
        _database = database;
        _claimLease = claimLease;
    }

    /// <summary>
    /// A PostgreSQL store shared by several instances: a claim is a lease, taken over by another
    /// instance only when its owner has not renewed it for <paramref name="claimLease"/>.
    /// </summary>
    public static DigestStore Postgres(string connectionString, TimeSpan claimLease) => new(new PostgresDatabase(connectionString), claimLease);

    /// <summary>The schema version this program writes.</summary>
    public static int SchemaVersion => Migrations.Sqlite.Count;

    /// <summary>Several instances share this store (PostgreSQL): claims are leases and the update inbox deduplicates.</summary>
    public bool Shared => _database.Shared;

    /// <summary>This store's instance, recorded on the updates it takes.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Opens the database and brings its schema up to date, or throws a <see cref="StorageException"/> saying why not.</summary>
    public void EnsureReady() => Read(_ => 0);

    public void Dispose() => (_database as IDisposable)?.Dispose();

    private T Read<T>(Func<DbConnection, T> work) => Run(work, write: false);

    private T Write<T>(Func<DbConnection, DbTransaction, T> work) => Run(connection =>
    {
        using var transaction = connection.BeginTransaction();
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }, write: true);

    private T Run<T>(Func<DbConnection, T> work, bool write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = _database.Open();
                // SQLite takes one writer at a time anyway; PostgreSQL's row locks let writes overlap and their commits share a flush.
                if (!write || _database.Shared)
                    return work(connection);
                lock (_writeLock)
                    return work(connection);
            }
            catch (Exception ex) when (attempt < Attempts && _database.IsTransient(ex))
            {
                // Another instance locked the same rows in the other order; its transaction went through, so this one can.
            }
            catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or TimeoutException)
            {
                throw _database.Describe(ex);
            }
        }
    }

    /// <summary>True at most once per <paramref name="every"/>: for housekeeping done along with a write.</summary>
    private static bool Due(ref long lastMs, DateTimeOffset now, TimeSpan every)
    {
        var last = Interlocked.Read(ref lastMs);
        return Ms(now) - last > every.TotalMilliseconds && Interlocked.CompareExchange(ref lastMs, Ms(now), last) == last;
    }

    private static long Ms(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    private static DateTimeOffset Instant(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
