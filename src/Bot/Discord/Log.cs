using Microsoft.Extensions.Logging;

namespace Bot.Discord;

internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Critical, Message = "Discord stopped the bot: {Reason}")]
    public static partial void Fatal(ILogger logger, string reason);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Handling Discord {EventType} {Id} failed")]
    public static partial void HandlerFailed(ILogger logger, string eventType, string id, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Handling Discord {EventType} {Id} failed: {Reason}")]
    public static partial void HandlerGaveUp(ILogger logger, string eventType, string id, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Discord events arrive faster than they can be handled; dropped {EventType} {Id} (queue of {Capacity} full)")]
    public static partial void Dropped(ILogger logger, string eventType, string id, int capacity);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Ignored a duplicate {EventType} {Id}")]
    public static partial void Duplicate(ILogger logger, string eventType, string id);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Answering a Discord question failed")]
    public static partial void AnswerFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Slash commands are up to date ({Scope})")]
    public static partial void CommandsUpToDate(ILogger logger, string scope);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Registered {Count} slash commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Posting a digest to Discord channel {ChannelId} failed: {Reason}")]
    public static partial void DigestFailed(ILogger logger, string channelId, string reason);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Ignored a malformed Discord {EventType} event")]
    public static partial void Malformed(ILogger logger, string eventType);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "A button that has expired or was never ours was pressed: \"{CustomId}\"")]
    public static partial void ButtonExpired(ILogger logger, string customId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Refused an HTTP interaction whose signature is missing or wrong")]
    public static partial void BadSignature(ILogger logger);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Registering slash commands failed: {Reason}")]
    public static partial void RegistrationFailed(ILogger logger, string reason);
}
