using Bot.Storage;
using Microsoft.Data.Sqlite;

namespace Bot.Tests.Digests.Support;

/// <summary>A database file in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "bot-digests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string File => Path.Combine(Folder, "bot.db");

    public string ConnectionString => $"Data Source={File};Default Timeout=1";

    public DigestStore Open(long maxBytes = 1L << 30, string? connectionString = null) => new(connectionString ?? ConnectionString, maxBytes);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
