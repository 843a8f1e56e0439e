namespace Bot.Telegram.Sending;

/// <summary>Exponential backoff with jitter, so many chats failing at once do not retry in step.</summary>
internal static class RetryDelay
{
    /// <summary>Between half and all of base × 2^(failures−1), capped at <paramref name="maxDelay"/>.</summary>
    public static TimeSpan Next(int failures, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var ceiling = Math.Min(maxDelay.Ticks, baseDelay.Ticks * (1L << Math.Clamp(failures - 1, 0, 20)));
        return TimeSpan.FromTicks((ceiling / 2) + Random.Shared.NextInt64((ceiling / 2) + 1));
    }
}
