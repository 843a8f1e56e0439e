using Bot.Storage;

namespace Bot.Tests.Storage.Support;

/// <summary>A fresh database on the test server and the bot instances opened on it, each with its own connection pool and owner id.</summary>
public sealed class SharedDatabase(PostgresServer server, TimeSpan lease) : IDisposable
{
    private readonly List<DigestStore> _instances = [];

    public string ConnectionString { get; } = server.CreateDatabase();

    /// <summary>One more bot instance on the database.</summary>
    public DigestStore Instance()
    {
        var store = DigestStore.Postgres(ConnectionString, lease);
        _instances.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _instances)
            store.Dispose();
    }
}
