using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>
/// The embedded database of subscriptions, the digest log and article sightings (SQLite, WAL mode).
/// Opened lazily, so a missing, locked or damaged file costs the digests but never the bot's
/// start-up; every failure surfaces as a <see cref="StorageException"/> and the next call tries again.
/// Writes are serialised in-process; SQLite's busy timeout covers other processes.
/// </summary>
public sealed partial class DigestStore
{
    private readonly string _connectionString;
    private readonly string _name;
    private readonly long _maxBytes;
    private readonly Lock _writeLock = new();
    private volatile bool _migrated;

    public DigestStore(string connectionString, long maxBytes)
    {
        _connectionString = connectionString;
        _name = new SqliteConnectionStringBuilder(connectionString).DataSource;
        _maxBytes = maxBytes;
    }

    /// <summary>The schema version this program writes.</summary>
    public static int SchemaVersion => Migrations.Steps.Count;

    /// <summary>Opens the database and brings its schema up to date, or throws a <see cref="StorageException"/> saying why not.</summary>
    public void EnsureReady() => Read(_ => 0);

    private T Read<T>(Func<SqliteConnection, T> work) => Run(work, write: false);

    private T Write<T>(Func<SqliteConnection, SqliteTransaction, T> work) => Run(connection =>
    {
        using var transaction = connection.BeginTransaction();
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    }, write: true);

    private T Run<T>(Func<SqliteConnection, T> work, bool write)
    {
        try
        {
            using var connection = Open();
            if (!write)
                return work(connection);
            lock (_writeLock)
                return work(connection);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw StorageException.From(ex, _name);
        }
    }

    private SqliteConnection Open()
    {
        if (!_migrated && Path.GetDirectoryName(Path.GetFullPath(_name)) is { } folder && !_name.StartsWith(':'))
            Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Per connection, so every pooled connection gets them; the bound assumes SQLite's default page size.
        Execute(connection, null, $"PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA max_page_count = {Math.Max(1, _maxBytes / 4096)};");
        if (!_migrated)
            lock (_writeLock)
                Migrate(connection);
        return connection;
    }

    private void Migrate(SqliteConnection connection)
    {
        if (_migrated)
            return;
        var version = (int)(long)Scalar(connection, null, "PRAGMA user_version")!;
        if (version > SchemaVersion)
            throw new StorageException($"The database {_name} has schema version {version}, newer than this program's {SchemaVersion}; it was left untouched.");
        if (version < SchemaVersion && !string.Equals((string?)Scalar(connection, null, "PRAGMA journal_mode = WAL"), "wal", StringComparison.OrdinalIgnoreCase)
            && !_name.StartsWith(':'))
            throw new StorageException($"The database {_name} cannot switch to WAL mode.");
        for (var step = version; step < SchemaVersion; step++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, Migrations.Steps[step]);
            Execute(connection, transaction, $"PRAGMA user_version = {step + 1}");
            transaction.Commit();
        }
        _migrated = true;
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private static long Ms(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    private static DateTimeOffset Instant(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
