using BenchmarkDotNet.Attributes;
using Bot.Digests;
using Bot.Engine.Digests;
using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Hosting;
using Bot.Messaging;
using Bot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Benchmarks;

/// <summary>
/// 10,000 subscriptions due in the same minute: compose, claim and hand every digest to a sender, on
/// SQLite and, when <c>BOT_BENCH_POSTGRES</c> holds a connection string to a server's maintenance
/// database (a fresh database is created for each iteration), on PostgreSQL.
/// </summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private const int Subscriptions = 10_000;
    private const string PostgresVariable = "BOT_BENCH_POSTGRES";
    private static readonly DateTimeOffset Due = new(2026, 6, 22, 8, 0, 0, TimeSpan.Zero);

    private KnowledgeBase _knowledge = null!;
    private string _folder = null!;
    private Func<CancellationToken, Task<TimeSpan>> _run = null!;
    private CountingSender _sender = null!;
    private DigestStore _store = null!;
    private string? _postgresDatabase;

    public static IEnumerable<string> Databases => Environment.GetEnvironmentVariable(PostgresVariable) is null ? ["sqlite"] : ["sqlite", "postgres"];

    [ParamsSource(nameof(Databases))]
    public string Database { get; set; } = "sqlite";

    [GlobalSetup]
    public void LoadSeeds() => _knowledge = SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds"));

    [IterationSetup]
    public void Subscribe()
    {
        _folder = Path.Combine(Path.GetTempPath(), "bot-bench-" + Guid.NewGuid().ToString("N"));
        var options = Options.Create(new DigestOptions { DataDirectory = _folder, MaxParallelSends = 16 });
        var store = _store = Database == "postgres" ? Postgres() : new DigestStore(options.Value.ResolveConnectionString(), options.Value.MaxDatabaseBytes);
        var time = new ManualTime(Due.AddMinutes(-5));
        for (var i = 0; i < Subscriptions; i++)
            store.Subscribe(new SubscriptionTarget("bench", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "0 8 * * *", "UTC"), false, time.GetUtcNow());
        var digests = new DigestService(new DigestComposer(_knowledge), store, time, options);
        // The scheduler is never started as a hosted service, so there is nothing of it to dispose.
        _run = new DigestScheduler(store, digests, [_sender = new CountingSender()], new BotMetrics(), time, options, NullLogger<DigestScheduler>.Instance).RunOnceAsync;
        time.Now = Due.AddSeconds(1);
    }

    [IterationCleanup]
    public void Remove()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
        if (_postgresDatabase is not null)
            Maintenance($"DROP DATABASE {_postgresDatabase} WITH (FORCE)");
        _postgresDatabase = null;
    }

    private DigestStore Postgres()
    {
        _postgresDatabase = "bench_" + Guid.NewGuid().ToString("N");
        Maintenance($"CREATE DATABASE {_postgresDatabase}");
        var builder = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresVariable)) { Database = _postgresDatabase };
        return DigestStore.Postgres(builder.ConnectionString, TimeSpan.FromMinutes(2));
    }

    private static void Maintenance(string sql)
    {
        using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    [Benchmark]
    public async Task ComposeAndEnqueueTenThousand()
    {
        await _run(CancellationToken.None);
        if (_sender.Sent != Subscriptions)
            throw new InvalidOperationException($"{_sender.Sent} of {Subscriptions} digests were sent");
    }

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class CountingSender : IDigestSender
    {
        private int _sent;

        public int Sent => _sent;

        public string Platform => "bench";

        public Task<SendResult> SendDigestAsync(string chatId, Digest digest, string idempotencyKey, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _sent);
            return Task.FromResult(new SendResult(SendOutcome.Sent, idempotencyKey));
        }
    }
}
