using Bot.Messaging;

namespace Bot.Storage;

/// <summary>A (subscription, slot) this process has claimed and now owes a post.</summary>
public sealed record SlotClaim(Subscription Subscription, DateTimeOffset Slot, int Attempts)
{
    /// <summary>
    /// Stable for the (subscription, slot), whoever sends it and however often, so a platform that
    /// deduplicates (Discord's nonce, at most 25 characters) posts it once.
    /// </summary>
    public string IdempotencyKey => $"d{Subscription.Id}-{Slot.ToUnixTimeSeconds() / 60}";
}

/// <summary>One run's bookkeeping for a subscription: slots to claim, slots missed beyond the grace period, and the new cursor.</summary>
public sealed record DuePlan(Subscription Subscription, IReadOnlyList<DateTimeOffset> Due, IReadOnlyList<DateTimeOffset> Skipped, DateTimeOffset Until);

/// <summary>How the post of a claimed slot ended.</summary>
public sealed record Settlement(SlotClaim Claim, SendOutcome Outcome, string? MessageId = null, DateTimeOffset? RetryAt = null);
