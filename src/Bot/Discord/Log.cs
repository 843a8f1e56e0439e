using Microsoft.Extensions.Logging;

namespace Bot.Discord;

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord stopped the bot: {Reason}")]
    public static partial void Fatal(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling Discord {EventType} {Id} failed")]
    public static partial void HandlerFailed(ILogger logger, string eventType, string id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling Discord {EventType} {Id} failed: {Reason}")]
    public static partial void HandlerGaveUp(ILogger logger, string eventType, string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord events arrive faster than they can be handled; dropped {EventType} {Id} (queue of {Capacity} full)")]
    public static partial void Dropped(ILogger logger, string eventType, string id, int capacity);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored a duplicate {EventType} {Id}")]
    public static partial void Duplicate(ILogger logger, string eventType, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering a Discord question failed")]
    public static partial void AnswerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slash commands are up to date ({Scope})")]
    public static partial void CommandsUpToDate(ILogger logger, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} slash commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Posting a digest to Discord channel {ChannelId} failed")]
    public static partial void DigestFailed(ILogger logger, string channelId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a malformed Discord {EventType} event")]
    public static partial void Malformed(ILogger logger, string eventType);

    [LoggerMessage(Level = LogLevel.Information, Message = "A button that has expired or was never ours was pressed: \"{CustomId}\"")]
    public static partial void ButtonExpired(ILogger logger, string customId);
}
