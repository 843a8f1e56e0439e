using System.Data.Common;

namespace Bot.Storage;

/// <summary>The database engine under the store: SQLite embedded in one process, or PostgreSQL shared by several.</summary>
internal interface IStoreDatabase
{
    /// <summary>Names the database in messages (never with a password).</summary>
    string Name { get; }

    /// <summary>Several processes may use it at once: claims are leases and the update inbox is kept.</summary>
    bool Shared { get; }

    /// <summary>An open connection to a database whose schema is up to date (brought up to date on first use).</summary>
    DbConnection Open();

    /// <summary>A failure in words an operator can act on.</summary>
    StorageException Describe(Exception ex);

    /// <summary>A conflict with another process that a second attempt resolves (a deadlock, a serialisation failure).</summary>
    bool IsTransient(Exception ex);
}
