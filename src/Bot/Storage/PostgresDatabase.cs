using System.Data.Common;
using Npgsql;

namespace Bot.Storage;

/// <summary>
/// A PostgreSQL database shared by every instance of the bot. Migrations run under a session advisory
/// lock, so instances starting together on an empty database apply each step once, one after another.
/// </summary>
internal sealed class PostgresDatabase : IStoreDatabase, IDisposable
{
    /// <summary>The advisory lock key of this bot's migrations ("botmigr" in ASCII).</summary>
    private const long MigrationLock = 0x626F_746D_6967_72;

    private readonly NpgsqlDataSource _source;
    private readonly Lock _migrating = new();
    private volatile bool _migrated;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Name = $"{builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}";
        _source = NpgsqlDataSource.Create(builder);
    }

    public string Name { get; }

    public bool Shared => true;

    public DbConnection Open()
    {
        var connection = _source.OpenConnection();
        if (!_migrated)
        {
            try
            {
                lock (_migrating)
                    Migrate(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
        return connection;
    }

    public StorageException Describe(Exception ex) => ex switch
    {
        PostgresException { SqlState: "53100" } => new($"The database {Name} is full; nothing already stored was lost.", ex),
        PostgresException { SqlState: "28P01" or "28000" } => new($"The database {Name} refused the login; check Storage:ConnectionString.", ex),
        PostgresException postgres => new($"The database {Name} failed: {postgres.MessageText}", ex),
        NpgsqlException or TimeoutException => new($"The database {Name} cannot be reached: {ex.Message}; will try again.", ex),
        _ => new($"The database {Name} failed: {ex.Message}", ex),
    };

    public bool IsTransient(Exception ex) => ex is PostgresException { SqlState: "40P01" or "40001" };

    public void Dispose() => _source.Dispose();

    private void Migrate(NpgsqlConnection connection)
    {
        if (_migrated)
            return;
        var steps = Migrations.Postgres;
        Sql.Execute(connection, null, "SELECT pg_advisory_lock(@key)", ("@key", MigrationLock));
        try
        {
            Sql.Execute(connection, null, Migrations.PostgresVersionTable);
            var version = (int)Sql.Scalar(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version")!;
            if (version > steps.Count)
                throw new StorageException($"The database {Name} has schema version {version}, newer than this program's {steps.Count}; it was left untouched.");
            for (var step = version; step < steps.Count; step++)
            {
                using var transaction = connection.BeginTransaction();
                Sql.Execute(connection, transaction, steps[step]);
                Sql.Execute(connection, transaction, "INSERT INTO schema_version (version) VALUES (@version)", ("@version", step + 1));
                transaction.Commit();
            }
        }
        finally
        {
            Sql.Execute(connection, null, "SELECT pg_advisory_unlock(@key)", ("@key", MigrationLock));
        }
        _migrated = true;
    }
}
