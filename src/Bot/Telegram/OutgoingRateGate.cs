using System.Threading.RateLimiting;

namespace Bot.Telegram;

/// <summary>
/// Holds each outgoing message until Telegram's limits allow it: per chat, per group and overall.
/// Sends queue here rather than being dropped. Window permits count when taken, so the chat and
/// group limits are checked first without taking a permit, the overall permit is taken, and only
/// then the chat's permits, right before the send: waiting on one limit never spends another.
/// </summary>
public sealed class OutgoingRateGate : IDisposable
{
    private const int Segments = 10;
    private readonly bool _enabled;
    private readonly TimeProvider _time;
    private readonly TimeSpan _recheck;
    private readonly PartitionedRateLimiter<long> _perChat;
    private readonly PartitionedRateLimiter<long> _perGroup;
    private readonly RateLimiter _global;

    public OutgoingRateGate(TelegramOptions options, TimeProvider time)
    {
        _enabled = options.RateLimitsEnabled;
        _time = time;
        _recheck = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, options.PerChatPeriod.Ticks / Segments));
        _perChat = PartitionedRateLimiter.Create<long, long>(chat =>
            RateLimitPartition.GetSlidingWindowLimiter(chat, _ => Window(options.PerChatMessages, options.PerChatPeriod)));
        _perGroup = PartitionedRateLimiter.Create<long, long>(chat =>
            RateLimitPartition.GetSlidingWindowLimiter(chat, _ => Window(options.PerGroupMessages, options.PerGroupPeriod)));
        _global = new SlidingWindowRateLimiter(Window(options.GlobalMessages, options.GlobalPeriod));
    }

    /// <summary>Waits until a message may go to <paramref name="chatId"/>; the caller sends right after.</summary>
    public async Task WaitAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        if (!_enabled)
            return;
        while (true)
        {
            while (!HasPermit(_perChat, chatId) || (isGroup && !HasPermit(_perGroup, chatId)))
                await Task.Delay(_recheck, _time, cancellationToken);
            using var global = await _global.AcquireAsync(1, cancellationToken);
            // A digest may share the chat with a conversation, so the chat's permits can be gone again.
            using var chat = _perChat.AttemptAcquire(chatId);
            if (!chat.IsAcquired)
                continue;
            if (!isGroup)
                return;
            using var group = _perGroup.AttemptAcquire(chatId);
            if (group.IsAcquired)
                return;
        }
    }

    public void Dispose()
    {
        _perChat.Dispose();
        _perGroup.Dispose();
        _global.Dispose();
    }

    private static bool HasPermit(PartitionedRateLimiter<long> limiter, long chatId) =>
        limiter.GetStatistics(chatId) is not { CurrentAvailablePermits: < 1 };

    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan period) => new()
    {
        PermitLimit = permits,
        Window = period,
        SegmentsPerWindow = Segments,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
