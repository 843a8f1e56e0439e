namespace Bot.Storage;

/// <summary>
/// A chat that receives digests on a schedule (a cron expression, read in <paramref name="TimeZone"/>).
/// Slots after <paramref name="Since"/> are still to be handled; earlier ones are settled.
/// </summary>
public sealed record Subscription(long Id, string Platform, string ChatId, string Schedule, string TimeZone,
    bool FromConfiguration, DateTimeOffset Since);

/// <summary>A chat to subscribe as configuration lists it.</summary>
public sealed record SubscriptionTarget(string Platform, string ChatId, string Schedule, string TimeZone);
