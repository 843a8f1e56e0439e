namespace Bot.Discord;

/// <summary>Capped exponential backoff with jitter, so reconnects and retries never stampede.</summary>
internal static class Backoff
{
    /// <summary>The wait before try number <paramref name="attempt"/> + 1: between half and all of min·2^(attempt-1), capped.</summary>
    public static TimeSpan Delay(int attempt, TimeSpan min, TimeSpan max)
    {
        var exponential = min.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble() / 2));
    }
}
