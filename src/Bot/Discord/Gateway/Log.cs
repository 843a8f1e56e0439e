using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

internal static partial class Log
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Connecting shard {Shard} to the Discord gateway ({Mode})")]
    public static partial void Connecting(ILogger logger, Shard shard, string mode);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Discord shard {Shard} session {SessionId} ready as user {UserId}")]
    public static partial void Ready(ILogger logger, Shard shard, string sessionId, string userId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Discord shard {Shard} session resumed")]
    public static partial void Resumed(ILogger logger, Shard shard);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Discord asked us to reconnect")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Discord invalidated the session (resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "Discord closed the gateway connection with {Code} {Description}")]
    public static partial void Closed(ILogger logger, int? code, string? description);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "Gateway connection of shard {Shard} dropped: {Reason}")]
    public static partial void ConnectionLost(ILogger logger, Shard shard, string reason);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Error, Message = "Gateway connection attempt failed")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Warning, Message = "Gateway connection attempt failed: {Reason}")]
    public static partial void ConnectionRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Warning, Message = "Daily Identify budget used up; waiting {Delay}")]
    public static partial void IdentifyBudgetExhausted(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "Reconnecting to the Discord gateway in {Delay}")]
    public static partial void Reconnecting(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Warning, Message = "Skipped a gateway frame that could not be read: {Reason}")]
    public static partial void MalformedFrame(ILogger logger, string reason);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Information, Message = "Running Discord shards {Shards}")]
    public static partial void RunningShards(ILogger logger, IReadOnlyList<Shard> shards);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Information, Message = "Resuming the saved session of Discord shard {Shard} after event {Sequence}")]
    public static partial void SessionRestored(ILogger logger, Shard shard, long sequence);

    [LoggerMessage(EventId = 2114, Level = LogLevel.Warning, Message = "The saved gateway session of Discord shard {Shard} is unavailable; a restart now identifies afresh: {Reason}")]
    public static partial void SessionsUnavailable(ILogger logger, Shard shard, string reason);
}
