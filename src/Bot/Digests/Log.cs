using Microsoft.Extensions.Logging;

namespace Bot.Digests;

/// <summary>Log messages of the digests area.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Error, Message = "Digest store failed: {Reason}")]
    public static partial void StoreFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Subscribed {Platform} chat {ChatId} to digests on \"{Schedule}\" ({TimeZone})")]
    public static partial void Subscribed(ILogger logger, string platform, string chatId, string schedule, string timeZone);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Unsubscribed {Platform} chat {ChatId} from digests")]
    public static partial void Unsubscribed(ILogger logger, string platform, string chatId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Digest posted to {Platform} chat {ChatId} for slot {Slot:u} (message {MessageId})")]
    public static partial void Posted(ILogger logger, string platform, string chatId, DateTimeOffset slot, string? messageId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Skipped {Count} digest slot(s) of {Platform} chat {ChatId} missed beyond the grace period (latest {Slot:u})")]
    public static partial void SkippedMissed(ILogger logger, int count, string platform, string chatId, DateTimeOffset slot);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Gave up {Count} digest post(s) that could not be delivered within the grace period or were already retried after a crash")]
    public static partial void GaveUp(ILogger logger, int count);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "{Platform} chat {ChatId} asked to retry the digest for slot {Slot:u} at {RetryAt:u}")]
    public static partial void RetryLater(ILogger logger, string platform, string chatId, DateTimeOffset slot, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "{Platform} chat {ChatId} is gone; its digest subscription is ended")]
    public static partial void ChatGone(ILogger logger, string platform, string chatId);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Posting the digest to {Platform} chat {ChatId} for slot {Slot:u} failed; will retry")]
    public static partial void SendFailed(ILogger logger, string platform, string chatId, DateTimeOffset slot, Exception exception);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Posting the digest to {Platform} chat {ChatId} for slot {Slot:u} failed ({Reason}); will retry")]
    public static partial void SendInterrupted(ILogger logger, string platform, string chatId, DateTimeOffset slot, string reason);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "No {Platform} adapter is running; digests for {Count} subscription(s) wait until one is")]
    public static partial void NoSender(ILogger logger, string platform, int count);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "A digest scheduler run failed")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Seeds reloaded: {Count} article(s)")]
    public static partial void SeedsReloaded(ILogger logger, int count);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Error, Message = "Seeds change rejected, keeping the previous articles: {Count} problem(s): {Problems}")]
    public static partial void SeedsRejected(ILogger logger, int count, string problems);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Error, Message = "Reading the seeds folder failed, keeping the previous articles")]
    public static partial void SeedsUnreadable(ILogger logger, Exception exception);
}
