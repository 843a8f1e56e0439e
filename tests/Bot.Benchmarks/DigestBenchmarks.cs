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

namespace Bot.Benchmarks;

/// <summary>10,000 subscriptions due in the same minute: compose, claim and hand every digest to a sender.</summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private const int Subscriptions = 10_000;
    private static readonly DateTimeOffset Due = new(2026, 6, 22, 8, 0, 0, TimeSpan.Zero);

    private KnowledgeBase _knowledge = null!;
    private string _folder = null!;
    private Func<CancellationToken, Task<TimeSpan>> _run = null!;
    private CountingSender _sender = null!;

    [GlobalSetup]
    public void LoadSeeds() => _knowledge = SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds"));

    [IterationSetup]
    public void Subscribe()
    {
        _folder = Path.Combine(Path.GetTempPath(), "bot-bench-" + Guid.NewGuid().ToString("N"));
        var options = Options.Create(new DigestOptions { DataDirectory = _folder, MaxParallelSends = 16 });
        var store = new DigestStore(options.Value.ResolveConnectionString(), options.Value.MaxDatabaseBytes);
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
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
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
