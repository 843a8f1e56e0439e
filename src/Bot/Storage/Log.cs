using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>Log messages of the storage area.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "The update inbox is unavailable, so {Source} update {UpdateId} is answered here without checking other instances: {Reason}")]
    public static partial void InboxUnavailable(ILogger logger, string source, long updateId, string reason);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "The update inbox could not record {Source} update {UpdateId}; if this instance stops now, another may answer it again: {Reason}")]
    public static partial void InboxNotUpdated(ILogger logger, string source, long updateId, string reason);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Reply progress is unavailable, so the {Source} reply to {ReplyId} may repeat parts already sent: {Reason}")]
    public static partial void RepliesUnavailable(ILogger logger, string source, string replyId, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Reply progress could not be recorded for the {Source} reply to {ReplyId}; after a crash now its parts may repeat: {Reason}")]
    public static partial void RepliesNotUpdated(ILogger logger, string source, string replyId, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Another bot process is using the store {Database}, so this one waits, trying every {RetryEvery}, and takes over when that one stops. To run several processes at once, give them one PostgreSQL store (Storage:Provider=postgres)")]
    public static partial void StoreInUse(ILogger logger, string database, TimeSpan retryEvery);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "The other bot process has stopped; this one now runs on the store {Database}")]
    public static partial void StoreTakenOver(ILogger logger, string database);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Could not lock {LockFile}, so a second bot process on this store would not be held back: {Reason}")]
    public static partial void StoreLockUnavailable(ILogger logger, string lockFile, string reason);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Stopped while waiting for the other bot process to release the store")]
    public static partial void StoreWaitEnded(ILogger logger);
}
