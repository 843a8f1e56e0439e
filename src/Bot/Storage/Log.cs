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
}
