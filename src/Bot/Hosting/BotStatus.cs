using System.Collections.Concurrent;

namespace Bot.Hosting;

/// <summary>Where a chat platform's connection stands.</summary>
public enum PlatformState { Starting, Connected, Polling, Disconnected }

/// <summary>One platform's last reported state, why (when it is down), and since when.</summary>
public sealed record PlatformReport(string Platform, PlatformState State, string Reason, DateTimeOffset Since)
{
    public bool IsUp => State is PlatformState.Connected or PlatformState.Polling;
}

/// <summary>A chat platform this process runs, so readiness waits for it.</summary>
public sealed record MonitoredPlatform(string Name);

/// <summary>
/// What readiness is judged on: whether the seeds are loaded, and each configured platform's connection
/// as its adapter reports it (the Telegram polling loop, the Discord gateway). Reports that repeat the
/// current state keep its time, so "since" is when the state began.
/// </summary>
public sealed class BotStatus
{
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, PlatformReport> _platforms = new(StringComparer.Ordinal);
    private volatile bool _seedsLoaded;

    public BotStatus(IEnumerable<MonitoredPlatform> platforms, TimeProvider time)
    {
        _time = time;
        foreach (var platform in platforms)
            _platforms[platform.Name] = new PlatformReport(platform.Name, PlatformState.Starting, "not connected yet", time.GetUtcNow());
    }

    public bool SeedsLoaded => _seedsLoaded;

    public IReadOnlyList<PlatformReport> Platforms => [.. _platforms.Values.OrderBy(p => p.Platform, StringComparer.Ordinal)];

    public void MarkSeedsLoaded() => _seedsLoaded = true;

    /// <summary>The platform is connected (or polling); cheap enough to call on every successful poll.</summary>
    public void Up(string platform, PlatformState state) =>
        _platforms.AddOrUpdate(platform, p => new PlatformReport(p, state, "", _time.GetUtcNow()),
            (p, current) => current.State == state ? current : new PlatformReport(p, state, "", _time.GetUtcNow()));

    /// <summary>
    /// The platform lost its connection (or could not make its first): the latest reason is kept, and the
    /// time the outage began, until it is up again.
    /// </summary>
    public void Down(string platform, string reason) =>
        _platforms.AddOrUpdate(platform, p => new PlatformReport(p, PlatformState.Disconnected, reason, _time.GetUtcNow()),
            (p, current) => current.IsUp
                ? new PlatformReport(p, PlatformState.Disconnected, reason, _time.GetUtcNow())
                : current with { Reason = reason });
}
