using Microsoft.Data.Sqlite;

namespace Bot.Storage;

/// <summary>The store could not do what was asked; the message says why in words an operator can act on.</summary>
public sealed class StorageException : Exception
{
    public StorageException(string message, Exception? inner = null) : base(message, inner) { }

    public StorageException() { }

    public StorageException(string message) : base(message) { }

    internal static StorageException From(Exception ex, string database) => ex switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => new($"The database {database} is locked by another process; will try again.", ex),
        SqliteException { SqliteErrorCode: 8 } => new($"The database {database} is read-only; check the file's permissions and the connection string.", ex),
        SqliteException { SqliteErrorCode: 11 or 26 } => new($"The database {database} is damaged or not a database; it was left untouched. Restore it from a backup or move it aside.", ex),
        SqliteException { SqliteErrorCode: 13 } => new($"The database {database} is full (disk or Digests:MaxDatabaseBytes); nothing already stored was lost.", ex),
        SqliteException { SqliteErrorCode: 14 } => new($"The database {database} cannot be opened; check Digests:DataDirectory or Digests:ConnectionString.", ex),
        SqliteException sqlite => new($"The database {database} failed: {sqlite.Message}", ex),
        IOException or UnauthorizedAccessException => new($"The database {database} cannot be reached: {ex.Message}", ex),
        _ => new($"The database {database} failed: {ex.Message}", ex),
    };
}
