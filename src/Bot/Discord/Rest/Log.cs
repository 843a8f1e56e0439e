using Microsoft.Extensions.Logging;

namespace Bot.Discord.Rest;

internal static partial class Log
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Warning, Message = "Discord rate-limited {Route} ({Scope}); retrying in {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string route, string scope, TimeSpan retryAfter);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Discord answered {Status} to {Route}; retrying in {Delay}")]
    public static partial void ServerError(ILogger logger, int status, string route, TimeSpan delay);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Too many invalid Discord requests lately; pausing for {Delay}")]
    public static partial void InvalidRequestPause(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "{Capacity} Discord requests are already waiting; {Route} was not sent")]
    public static partial void QueueFull(ILogger logger, string route, int capacity);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Warning, Message = "Discord's answer to {Route} was lost ({Reason}); sending it again in {Delay}")]
    public static partial void AnswerLost(ILogger logger, string route, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "Looking up permissions in Discord guild {GuildId} failed ({Reason}); treated as not allowed")]
    public static partial void PermissionLookupFailed(ILogger logger, string guildId, string reason);
}
