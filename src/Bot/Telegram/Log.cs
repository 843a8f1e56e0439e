using Microsoft.Extensions.Logging;

namespace Bot.Telegram;

/// <summary>The Telegram adapter's log messages. The token never appears in any of them.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Telegram as @{Username} ({BotId})")]
    public static partial void Connected(ILogger logger, string username, long botId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token (401 Unauthorized on {Method}); check Telegram:Token. Stopping")]
    public static partial void TokenRejected(ILogger logger, string method);

    [LoggerMessage(Level = LogLevel.Error, Message = "Connecting to Telegram failed; retrying in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused getUpdates with a conflict: another instance of this bot is polling, or a webhook is set ({Description}); retrying in {Delay}")]
    public static partial void PollConflict(ILogger logger, TimeSpan delay, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling Telegram failed; retrying in {Delay}")]
    public static partial void PollFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling Telegram update {UpdateId} failed")]
    public static partial void UpdateFailed(ILogger logger, int updateId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped Telegram update {UpdateId}: it cannot be read ({Reason})")]
    public static partial void UpdateUnreadable(ILogger logger, int updateId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram sent an update without a readable update_id; ignoring it ({Reason})")]
    public static partial void UpdateWithoutId(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram update {UpdateId} was cut short by shutdown and will be handled after the next start")]
    public static partial void LeftForNextStart(ILogger logger, int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Updates still in flight after {Drain}; leaving them unconfirmed for the next start")]
    public static partial void DrainTimedOut(ILogger logger, TimeSpan drain);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} is sending too fast: {Verdict}")]
    public static partial void Flooding(ILogger logger, long userId, FloodVerdict verdict);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Not sending to chat {ChatId}: it blocked or removed the bot")]
    public static partial void SkippedInactiveChat(ILogger logger, long chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} became supergroup {NewChatId}; continuing there")]
    public static partial void ChatMigrated(ILogger logger, long chatId, long newChatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} blocked or removed the bot; no more sends to it until it writes again")]
    public static partial void ChatGone(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram could not parse the HTML for chat {ChatId}; resending as plain text")]
    public static partial void HtmlRefused(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram asked to slow down for chat {ChatId}; resending in {Delay}")]
    public static partial void RateLimited(ILogger logger, long chatId, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending to chat {ChatId} failed (attempt {Attempt}); retrying in {Delay}")]
    public static partial void SendFailed(ILogger logger, long chatId, int attempt, TimeSpan delay, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending to chat {ChatId} failed {Attempts} times; giving up")]
    public static partial void SendGaveUp(ILogger logger, long chatId, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram refused a call for chat {ChatId}")]
    public static partial void CallRefused(ILogger logger, long chatId, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Showing the typing indicator in chat {ChatId} failed")]
    public static partial void TypingFailed(ILogger logger, long chatId, Exception exception);
}
