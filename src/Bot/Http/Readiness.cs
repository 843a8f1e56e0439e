using Bot.Hosting;

namespace Bot.Http;

/// <summary>One reason the bot is not ready, as /readyz reports it.</summary>
public sealed record NotReady(string Component, string State, string Reason, DateTimeOffset? Since);

/// <summary>
/// Whether the bot can serve: the seeds are loaded and every configured platform is connected or polling.
/// A platform that dropped its connection less than the grace ago still counts (it is reconnecting);
/// one that never connected does not.
/// </summary>
public static class Readiness
{
    public static IReadOnlyList<NotReady> Problems(BotStatus status, TimeSpan grace, DateTimeOffset now)
    {
        var problems = new List<NotReady>();
        if (!status.SeedsLoaded)
            problems.Add(new NotReady("seeds", "loading", "the seeds are not loaded yet", null));
        foreach (var platform in status.Platforms)
        {
            var down = platform.State switch
            {
                PlatformState.Starting => true,
                PlatformState.Disconnected => now - platform.Since >= grace,
                _ => false,
            };
            if (down)
                problems.Add(new NotReady(platform.Platform, platform.State.ToString().ToLowerInvariant(), platform.Reason, platform.Since));
        }
        return problems;
    }
}
