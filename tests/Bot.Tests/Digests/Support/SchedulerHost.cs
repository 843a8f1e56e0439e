using Bot.Digests;
using Bot.Engine.Digests;
using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Messaging;
using Bot.Storage;
using Bot.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Digests.Support;

/// <summary>What one run of the bot holds: a store on the shared database, a digest service and a scheduler. A restart is a new one.</summary>
public sealed class SchedulerHost
{
    public SchedulerHost(TempDatabase database, FakeTimeProvider time, DigestOptions options, params IDigestSender[] senders)
        : this(database.Open(), time, options, senders)
    {
    }

    /// <summary>One instance of the bot on a store it shares with others (PostgreSQL).</summary>
    public SchedulerHost(DigestStore store, FakeTimeProvider time, DigestOptions options, params IDigestSender[] senders)
    {
        Store = store;
        Digests = new DigestService(new DigestComposer(Knowledge), Store, time, Options.Create(options));
        Subscriptions = new SubscriptionService(Store, time, Options.Create(options), NullLogger<SubscriptionService>.Instance);
        Scheduler = new DigestScheduler(Store, Digests, senders, new BotMetrics(), time, Options.Create(options), NullLogger<DigestScheduler>.Instance);
    }

    public static KnowledgeBase Knowledge { get; } = SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds"));

    public DigestStore Store { get; }

    public DigestService Digests { get; }

    public SubscriptionService Subscriptions { get; }

    public DigestScheduler Scheduler { get; }

    public Task<TimeSpan> RunAsync(CancellationToken cancellationToken = default) => Scheduler.RunOnceAsync(cancellationToken);
}
