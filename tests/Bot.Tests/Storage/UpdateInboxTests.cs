using System.Collections.Concurrent;
using Bot.Storage;
using Bot.Tests.Storage.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage;

/// <summary>Instances polling one bot on a shared PostgreSQL inbox: each update is answered once, even when an instance dies holding it.</summary>
[Collection(PostgresTests.Name)]
public sealed class UpdateInboxTests(PostgresServer server) : IDisposable
{
    private const string Platform = "telegram";
    private const long BotId = 42;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private readonly SharedDatabase _database = new(server, Lease);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 22, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _database.Dispose();

    private DigestStore Store() => _database.Instance();

    private UpdateInbox Inbox(DigestStore? store = null) => new(store ?? Store(), _clock, NullLogger<UpdateInbox>.Instance);

    /// <summary>Moves the clock a second at a time, giving the instances a moment at each step, until the work is done or the clock reaches the limit.</summary>
    private async Task RunClockAsync(Task work, TimeSpan limit)
    {
        var end = _clock.GetUtcNow() + limit;
        while (!work.IsCompleted && _clock.GetUtcNow() < end)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }
    }

    [PostgresFact]
    public async Task AnswerOnceAsync_AnswersOnceAfterTheLease_WhenTheInstanceHoldingItDiedBeforeAnswering()
    {
        Assert.Equal(UpdateTake.Answer, Store().TakeUpdate($"{Platform}:{BotId}", 7, _clock.GetUtcNow()));
        var answers = 0;
        var survivors = new[] { Inbox(), Inbox() };

        var offered = survivors.Select(inbox => inbox.AnswerOnceAsync(Platform, BotId, 7, () => Task.FromResult(Interlocked.Increment(ref answers) > 0), CancellationToken.None)).ToList();
        await RunClockAsync(Task.WhenAll(offered), Lease - TimeSpan.FromSeconds(2));
        var beforeLease = answers;
        await RunClockAsync(Task.WhenAll(offered), Lease);

        var results = await Task.WhenAll(offered).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, beforeLease);
        Assert.Equal([true, true], results);
        Assert.Equal(1, answers);
    }

    [PostgresFact]
    public async Task AnswerOnceAsync_NeverAnswersAgain_WhenAnotherInstanceAnsweredLongAgo()
    {
        var answerer = Inbox();
        var late = Inbox();
        var answers = 0;
        Task<bool> Answer() => Task.FromResult(Interlocked.Increment(ref answers) > 0);

        Assert.True(await answerer.AnswerOnceAsync(Platform, BotId, 7, Answer, CancellationToken.None));
        _clock.Advance(Lease * 10);

        Assert.True(await late.AnswerOnceAsync(Platform, BotId, 7, Answer, CancellationToken.None));
        Assert.True(await answerer.AnswerOnceAsync(Platform, BotId, 7, Answer, CancellationToken.None));
        Assert.Equal(1, answers);
    }

    [PostgresFact]
    public async Task AnswerOnceAsync_KeepsTheUpdate_WhileItsAnswerTakesLongerThanTheLease()
    {
        var slow = Inbox();
        var other = Inbox();
        var sending = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherAnswered = false;

        var first = slow.AnswerOnceAsync(Platform, BotId, 7, () => sending.Task, CancellationToken.None);
        var second = other.AnswerOnceAsync(Platform, BotId, 7, () => Task.FromResult(otherAnswered = true), CancellationToken.None);
        await RunClockAsync(second, Lease * 3);
        var secondWaited = !second.IsCompleted;
        sending.SetResult(true);
        await RunClockAsync(second, Lease);

        Assert.True(secondWaited, "the other instance must wait while the lease is renewed");
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await second.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.False(otherAnswered);
    }

    [PostgresFact]
    public async Task AnswerOnceAsync_AnswersEachUpdateOnce_WhenTwoInstancesPollTheSameUpdatesAtOnce()
    {
        var stores = new[] { Store(), Store() };
        stores[0].EnsureReady();
        var instances = stores.Select(Inbox).ToList();
        var answers = new ConcurrentDictionary<long, int>();
        using var start = new Barrier(instances.Count);

        var polling = Task.WhenAll(instances.Select(inbox => Task.Run(async () =>
        {
            start.SignalAndWait();
            // Each instance gets every update, as two pollers that both fetch a batch before either confirms it.
            var offers = Enumerable.Range(1, 200).Select(id => inbox.AnswerOnceAsync(Platform, BotId, id, async () =>
            {
                answers.AddOrUpdate(id, 1, (_, n) => n + 1);
                await Task.Yield();
                return true;
            }, CancellationToken.None));
            return await Task.WhenAll(offers);
        })));
        // The clock runs until both are done: an instance waiting on the other rechecks only when the clock moves, and on a
        // loaded machine the 400 takes outlast a lease's worth of ticks.
        await RunClockAsync(polling, Lease * 100);

        Assert.All(await polling.WaitAsync(TimeSpan.FromSeconds(30)), results => Assert.All(results, Assert.True));
        Assert.Equal(Enumerable.Range(1, 200).Select(id => (long)id), answers.Keys.Order());
        Assert.All(answers.Values, n => Assert.Equal(1, n));
    }
}
