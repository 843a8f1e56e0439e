using Bot.Digests;
using Bot.Storage;
using Bot.Tests.Digests.Support;
using Bot.Tests.Storage.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage;

/// <summary>Two bot instances' schedulers on one PostgreSQL database, racing over the same slots, one of them dying mid-way.</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresSchedulerTests(PostgresServer server)
{
    private const int Chats = 300;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [PostgresFact]
    public async Task RunOnce_PostsEachSlotOnce_WhenTwoInstancesRaceAndOneDiesMidway()
    {
        var database = server.CreateDatabase();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 22, 7, 55, 0, TimeSpan.Zero));
        var options = new DigestOptions { MaxParallelSends = 4 };
        var dying = new FakePlatform("telegram");
        var surviving = new FakePlatform("telegram");
        using var dyingStore = DigestStore.Postgres(database, Lease);
        using var survivingStore = DigestStore.Postgres(database, Lease);
        var doomed = new SchedulerHost(dyingStore, time, options, dying);
        var survivor = new SchedulerHost(survivingStore, time, options, surviving);
        for (var chat = 0; chat < Chats; chat++)
            (chat % 2 == 0 ? doomed : survivor).Subscriptions.Subscribe("telegram", $"{chat}", "08:00 UTC", mayManageChat: true);
        time.Advance(TimeSpan.FromMinutes(5));

        // Day one: both instances race over the same 08:00 slots.
        await Task.WhenAll(Task.Run(() => doomed.RunAsync()), Task.Run(() => survivor.RunAsync()));
        Assert.Equal(Chats, Keys(dying, surviving).Distinct().Count());

        // Day two: one instance claims the slots and dies after 40 posts; the other finishes its share once the lease is over.
        time.Advance(TimeSpan.FromDays(1));
        var sends = 0;
        dying.Crash = _ => ++sends == 40 ? CrashPoint.BeforePost : CrashPoint.None;
        dying.Process = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => doomed.RunAsync(dying.Process.Token));
        var afterDeath = surviving.Attempts.Count;
        await survivor.RunAsync();
        time.Advance(Lease - TimeSpan.FromSeconds(1));
        await survivor.RunAsync();
        Assert.Equal(afterDeath, surviving.Attempts.Count);
        time.Advance(TimeSpan.FromSeconds(1));
        await survivor.RunAsync();

        var keys = Keys(dying, surviving).ToList();
        Assert.Equal(2 * Chats, keys.Count);
        Assert.Equal(2 * Chats, keys.Distinct().Count());
        Assert.InRange(surviving.Attempts.Count - afterDeath, Chats / 2, Chats);
    }

    /// <summary>
    /// Every post made, on either instance, by its key. Each fake platform shows a repeated key once (as Discord does with a nonce),
    /// so a repeat within one instance counts from its attempts: on Telegram it would be a second visible post.
    /// </summary>
    private static IEnumerable<string> Keys(params FakePlatform[] platforms) =>
        platforms.SelectMany(p => p.Posts.Select(post => post.Key).Concat(p.Attempts.GroupBy(a => a.Key).SelectMany(g => g.Skip(1)).Select(a => a.Key)));
}
