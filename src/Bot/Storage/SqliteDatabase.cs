using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>An embedded SQLite file in WAL mode, bounded in size; its version is <c>PRAGMA user_version</c>.</summary>
internal sealed class SqliteDatabase(string connectionString, long maxBytes) : IStoreDatabase
{
    private readonly Lock _migrating = new();
    private volatile bool _migrated;

    public string Name { get; } = new SqliteConnectionStringBuilder(connectionString).DataSource;

    public bool Shared => false;

    public DbConnection Open()
    {
        if (!_migrated && Path.GetDirectoryName(Path.GetFullPath(Name)) is { } folder && !Name.StartsWith(':'))
            Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        // Per connection, so every pooled connection gets them; the bound assumes SQLite's default page size.
        Sql.Execute(connection, null, $"PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA max_page_count = {Math.Max(1, maxBytes / 4096)};");
        if (!_migrated)
            lock (_migrating)
                Migrate(connection);
        return connection;
    }

    public StorageException Describe(Exception ex) => StorageException.From(ex, Name);

    public bool IsTransient(Exception ex) => false;

    private void Migrate(SqliteConnection connection)
    {
        if (_migrated)
            return;
        var steps = Migrations.Sqlite;
        var version = (int)(long)Sql.Scalar(connection, null, "PRAGMA user_version")!;
        if (version > steps.Count)
            throw new StorageException($"The database {Name} has schema version {version}, newer than this program's {steps.Count}; it was left untouched.");
        if (version < steps.Count && !string.Equals((string?)Sql.Scalar(connection, null, "PRAGMA journal_mode = WAL"), "wal", StringComparison.OrdinalIgnoreCase)
            && !Name.StartsWith(':'))
            throw new StorageException($"The database {Name} cannot switch to WAL mode.");
        for (var step = version; step < steps.Count; step++)
        {
            using var transaction = connection.BeginTransaction();
            Sql.Execute(connection, transaction, steps[step]);
            Sql.Execute(connection, transaction, $"PRAGMA user_version = {step + 1}");
            transaction.Commit();
        }
        _migrated = true;
    }
}
