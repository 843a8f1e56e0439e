using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord.Fakes;

/// <summary>
/// A fake clock that notes every wait the bot starts on it, so a test moves time on only once the bot is waiting:
/// the bot's speed on a busy machine then changes nothing the test measures.
/// </summary>
public sealed class WatchedClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _waits.Enqueue(dueTime);
        return timer;
    }

    /// <summary>How many waits matching <paramref name="match"/> the bot has started.</summary>
    public int WaitsStarted(Func<TimeSpan, bool> match) => _waits.Count(match);

    /// <summary>Waits until the bot has started waits matching <paramref name="match"/> <paramref name="count"/> times.</summary>
    public Task WaitForWaitAsync(Func<TimeSpan, bool> match, int count = 1, string what = "a wait on the clock") =>
        Wait.UntilAsync(() => WaitsStarted(match) >= count, what: what);
}
