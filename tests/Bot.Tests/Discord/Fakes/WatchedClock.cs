using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Discord.Fakes;

/// <summary>
/// A fake clock that notes every wait the bot starts on it, so a test moves time on only once the bot is waiting:
/// the bot's speed on a busy machine then changes nothing the test measures.
/// </summary>
public sealed class WatchedClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private readonly ConcurrentQueue<(DateTimeOffset StartedAt, TimeSpan Length)> _waits = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Noted before the timer exists, so a wait is never seen before its start time is.
        _waits.Enqueue((GetUtcNow(), dueTime));
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>How many waits matching <paramref name="match"/> the bot has started.</summary>
    public int WaitsStarted(Func<TimeSpan, bool> match) => _waits.Count(w => match(w.Length));

    /// <summary>Waits until the bot has started waits matching <paramref name="match"/> <paramref name="count"/> times.</summary>
    public Task WaitForWaitAsync(Func<TimeSpan, bool> match, int count = 1, string what = "a wait on the clock") =>
        Wait.UntilAsync(() => WaitsStarted(match) >= count, what: what);

    /// <summary>
    /// When the first wait matching <paramref name="match"/> ends. A timer that fires while the clock is advanced may start
    /// its next wait at its own due time rather than at the advanced time, so tests count from here, not from "now".
    /// </summary>
    public DateTimeOffset EndOfFirstWait(Func<TimeSpan, bool> match)
    {
        var (startedAt, length) = _waits.First(w => match(w.Length));
        return startedAt + length;
    }
}
