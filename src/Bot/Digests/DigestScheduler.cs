using System.Collections.Concurrent;
using Bot.Hosting;
using Bot.Messaging;
using Bot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Digests;

/// <summary>
/// Posts each (subscription, slot) exactly once. A slot is claimed in the database before it is
/// sent and marked with the platform's message id after, so neither a restart nor a crash posts it
/// twice; a claim a crash left unsent is retried once, with the same idempotency key. With several
/// instances on one database a claim is a lease, renewed just before the post; an instance that died
/// holding it loses it to another after Storage:ClaimLease. Slots missed
/// while the bot was down are posted if still within the grace period, otherwise skipped and logged.
/// Chats are sent to in parallel with a timeout each, so a slow or failing chat delays no other.
/// </summary>
public sealed class DigestScheduler(DigestStore store, DigestService digests, IEnumerable<IDigestSender> senders,
    BotMetrics metrics, TimeProvider time, IOptions<DigestOptions> options, ILogger<DigestScheduler> logger) : BackgroundService
{
    private readonly Dictionary<string, IDigestSender> _senders = senders.ToDictionary(s => s.Platform, StringComparer.OrdinalIgnoreCase);
    private readonly string _owner = Guid.NewGuid().ToString("N");
    private readonly ConcurrentQueue<Settlement> _settled = new();
    private readonly Lock _settling = new();
    private readonly HashSet<string> _missingSenders = new(StringComparer.OrdinalIgnoreCase);
    private bool _started;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = options.Value.PollInterval;
                try
                {
                    wait = await RunOnceAsync(stoppingToken);
                }
                catch (StorageException ex)
                {
                    Log.StoreFailed(logger, ex.Message);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.RunFailed(logger, ex);
                }
                await Task.Delay(wait, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a claim in flight is retried once on the next start.
        }
    }

    /// <summary>Posts everything due now; returns how long to sleep before the next slot (at most the poll interval).</summary>
    public async Task<TimeSpan> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!_started)
        {
            StartUp(settings);
            _started = true;
        }
        var now = time.GetUtcNow();
        var (retry, givenUp) = store.Reclaim(_owner, now, now - settings.GracePeriod);
        if (givenUp > 0)
            Log.GaveUp(logger, givenUp);
        var subscriptions = store.ActiveSubscriptions();
        var plans = Plan(subscriptions, now, settings.GracePeriod);
        var claims = store.Claim(plans, _owner, now);
        try
        {
            await Parallel.ForEachAsync(retry.Concat(claims),
                new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelSends, CancellationToken = cancellationToken },
                (claim, ct) => new ValueTask(SendAsync(claim, settings, ct)));
        }
        finally
        {
            // Even when stopping, what was posted is recorded, so a restart does not post it again.
            Settle(wait: true);
        }
        return UntilNext(subscriptions, now, time.GetUtcNow(), settings.PollInterval);
    }

    private void StartUp(DigestOptions settings)
    {
        store.SyncConfigured(settings.Targets.Select(t => Target(t, settings)).ToList(), time.GetUtcNow());
        digests.RecordArticles(digests.Composer.Knowledge);
    }

    private static SubscriptionTarget Target(DigestTarget target, DigestOptions settings)
    {
        var at = target.Time is not null && DigestSchedule.TryParseTime(target.Time, out var time) ? time : settings.DailyTime;
        var zone = target.TimeZone is not null ? DigestSchedule.FindZone(target.TimeZone) ?? settings.Zone : settings.Zone;
        return new SubscriptionTarget(target.Platform.ToLowerInvariant(), target.ChatId, target.Cron?.Trim() ?? DigestSchedule.Daily(at), zone.Id);
    }

    private List<DuePlan> Plan(IReadOnlyList<Subscription> subscriptions, DateTimeOffset now, TimeSpan grace)
    {
        var plans = new List<DuePlan>();
        foreach (var group in subscriptions.GroupBy(s => s.Platform, StringComparer.OrdinalIgnoreCase))
        {
            if (!_senders.ContainsKey(group.Key))
            {
                // Said once per platform, not on every run.
                if (_missingSenders.Add(group.Key))
                    Log.NoSender(logger, group.Key, group.Count());
                continue;
            }
            foreach (var subscription in group)
            {
                if (DigestSchedule.FindZone(subscription.TimeZone) is not { } zone)
                    continue;
                var slots = DigestSchedule.Slots(subscription.Schedule, zone, subscription.Since, now).ToList();
                if (slots.Count == 0)
                    continue;
                var skipped = slots.Where(s => s < now - grace).ToList();
                if (skipped.Count > 0)
                {
                    Log.SkippedMissed(logger, skipped.Count, subscription.Platform, subscription.ChatId, skipped[^1]);
                    metrics.Digest("skipped", skipped.Count);
                }
                plans.Add(new DuePlan(subscription, slots.Skip(skipped.Count).ToList(), skipped, slots[^1]));
            }
        }
        return plans;
    }

    private async Task SendAsync(SlotClaim claim, DigestOptions settings, CancellationToken cancellationToken)
    {
        var subscription = claim.Subscription;
        if (!StillOurs(claim))
            return;
        try
        {
            var zone = DigestSchedule.FindZone(subscription.TimeZone) ?? TimeZoneInfo.Utc;
            var digest = digests.ForSlot(claim.Slot, zone);
            using var timeout = new CancellationTokenSource(settings.SendTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            var result = await _senders[subscription.Platform].SendDigestAsync(subscription.ChatId, digest, claim.IdempotencyKey, linked.Token);
            var now = time.GetUtcNow();
            switch (result.Outcome)
            {
                case SendOutcome.Sent:
                    Log.Posted(logger, subscription.Platform, subscription.ChatId, claim.Slot, result.MessageId);
                    metrics.Digest("posted");
                    _settled.Enqueue(new Settlement(claim, SendOutcome.Sent, result.MessageId));
                    break;
                case SendOutcome.RetryLater:
                    var retryAt = now + (result.RetryAfter ?? settings.RetryDelay);
                    Log.RetryLater(logger, subscription.Platform, subscription.ChatId, claim.Slot, retryAt);
                    metrics.Digest("failed");
                    _settled.Enqueue(new Settlement(claim, SendOutcome.RetryLater, RetryAt: retryAt));
                    break;
                case SendOutcome.ChatGone:
                    Log.ChatGone(logger, subscription.Platform, subscription.ChatId);
                    metrics.Digest("skipped");
                    _settled.Enqueue(new Settlement(claim, SendOutcome.ChatGone));
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The network or a timeout is expected now and then: one line, no stack trace.
            if (ex is HttpRequestException or TimeoutException or OperationCanceledException)
                Log.SendInterrupted(logger, subscription.Platform, subscription.ChatId, claim.Slot, ex.Message);
            else
                Log.SendFailed(logger, subscription.Platform, subscription.ChatId, claim.Slot, ex);
            metrics.Digest("failed");
            _settled.Enqueue(new Settlement(claim, SendOutcome.RetryLater, RetryAt: time.GetUtcNow() + settings.RetryDelay));
        }
        Settle(wait: false);
    }

    /// <summary>Renews the claim's lease just before sending; false when another instance took it over, or the store cannot say.</summary>
    private bool StillOurs(SlotClaim claim)
    {
        try
        {
            return store.Renew(claim, _owner, time.GetUtcNow());
        }
        catch (StorageException ex)
        {
            Log.StoreFailed(logger, ex.Message);
            return false;
        }
    }

    /// <summary>
    /// Records finished posts right away; posts finishing together share one transaction (whoever
    /// holds the lock writes everything queued), which keeps thousands of posts a minute cheap.
    /// A failed write leaves the claims open, to be retried once after a restart under the same key.
    /// </summary>
    private void Settle(bool wait)
    {
        if (wait)
            _settling.Enter();
        else if (!_settling.TryEnter())
            return;
        try
        {
            var batch = new List<Settlement>();
            while (true)
            {
                batch.Clear();
                while (batch.Count < 1000 && _settled.TryDequeue(out var settlement))
                    batch.Add(settlement);
                if (batch.Count == 0)
                    return;
                store.Settle(batch, time.GetUtcNow());
            }
        }
        catch (StorageException ex)
        {
            Log.StoreFailed(logger, ex.Message);
        }
        finally
        {
            _settling.Exit();
        }
    }

    /// <summary>
    /// The sleep until the first slot after what this run planned for, measured from the clock now:
    /// a slot that fell due while the run was sending is due at once, not a poll interval later.
    /// </summary>
    private static TimeSpan UntilNext(IReadOnlyList<Subscription> subscriptions, DateTimeOffset planned, DateTimeOffset now, TimeSpan poll)
    {
        var next = subscriptions.Select(s => DigestSchedule.FindZone(s.TimeZone) is { } zone ? DigestSchedule.Next(s.Schedule, zone, planned) : null)
            .Where(n => n is not null).DefaultIfEmpty(now + poll).Min()!.Value;
        return next <= now ? TimeSpan.Zero : next - now < poll ? next - now : poll;
    }
}
