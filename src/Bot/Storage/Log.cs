using Microsoft.Extensions.Logging;

namespace Bot.Storage;

/// <summary>Log messages of the storage area.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "The update inbox is unavailable, so {Platform} update {UpdateId} is handled here without checking other instances: {Reason}")]
    public static partial void InboxUnavailable(ILogger logger, string platform, long updateId, string reason);
}
