using Bot.Telegram.Chats;
using Microsoft.Extensions.Logging;

namespace Bot.Telegram;

/// <summary>
/// The Telegram adapter's log messages. The token never appears in any of them: text that came from the
/// server passes through <see cref="TokenRedaction"/>. Expected conditions (a blocked chat, a failed poll,
/// a 429) are one line with the server's reason; only unexpected failures carry an exception.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Connected to Telegram as @{Username} ({BotId})")]
    public static partial void Connected(ILogger logger, string username, long botId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Critical, Message = "Telegram rejected the bot token (401 Unauthorized on {Method}); check Telegram:Token. Stopping")]
    public static partial void TokenRejected(ILogger logger, string method);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Connecting to Telegram failed ({Reason}); retrying in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, FailureReason reason, TimeSpan delay);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Telegram refused getUpdates with 409 Conflict ({Description}): another process is polling with this bot's token, or a webhook is set. Telegram serves one poller at a time, so updates go to either; run one instance per token, or for several use Telegram:WebhookUrl with Storage:Provider=postgres. Retrying with backoff (up to {MaxDelay}) until the other stops")]
    public static partial void ConflictBegan(ILogger logger, string description, TimeSpan maxDelay);

    [LoggerMessage(EventId = 1026, Level = LogLevel.Debug, Message = "Telegram refused getUpdates with 409 Conflict again; retrying in {Delay}")]
    public static partial void ConflictAgain(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 1027, Level = LogLevel.Information, Message = "No conflict on getUpdates for {Quiet}: this instance is the only one polling Telegram again")]
    public static partial void ConflictOver(ILogger logger, TimeSpan quiet);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Polling Telegram failed ({Reason}); retrying in {Delay}")]
    public static partial void PollFailed(ILogger logger, FailureReason reason, TimeSpan delay);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "Polling Telegram failed unexpectedly; retrying in {Delay}")]
    public static partial void PollCrashed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "Handling Telegram update {UpdateId} failed")]
    public static partial void UpdateFailed(ILogger logger, int updateId, Exception exception);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Skipped Telegram update {UpdateId}: it cannot be read ({Reason})")]
    public static partial void UpdateUnreadable(ILogger logger, int updateId, string reason);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "Telegram sent an update without a readable update_id; ignoring it ({Reason})")]
    public static partial void UpdateWithoutId(ILogger logger, string reason);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Telegram update {UpdateId} was cut short by shutdown and will be handled after the next start")]
    public static partial void LeftForNextStart(ILogger logger, int updateId);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "Updates still in flight after {Drain}; leaving them unconfirmed for the next start")]
    public static partial void DrainTimedOut(ILogger logger, TimeSpan drain);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "User {UserId} is sending too fast: {Verdict}")]
    public static partial void Flooding(ILogger logger, long userId, FloodVerdict verdict);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Debug, Message = "Not sending to chat {ChatId}: it blocked or removed the bot")]
    public static partial void SkippedInactiveChat(ILogger logger, long chatId);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Information, Message = "Chat {ChatId} became supergroup {NewChatId}; continuing there")]
    public static partial void ChatMigrated(ILogger logger, long chatId, long newChatId);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Information, Message = "Chat {ChatId} blocked or removed the bot ({Reason}); no more sends to it until it writes again")]
    public static partial void ChatGone(ILogger logger, long chatId, FailureReason reason);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Warning, Message = "Telegram could not parse the HTML for chat {ChatId} ({Reason}); resending as plain text")]
    public static partial void HtmlRefused(ILogger logger, long chatId, FailureReason reason);

    [LoggerMessage(EventId = 1017, Level = LogLevel.Warning, Message = "Telegram asked to slow down for chat {ChatId}; resending in {Delay}")]
    public static partial void RateLimited(ILogger logger, long chatId, TimeSpan delay);

    [LoggerMessage(EventId = 1018, Level = LogLevel.Warning, Message = "Sending to chat {ChatId} failed (attempt {Attempt}: {Reason}); retrying in {Delay}")]
    public static partial void SendFailed(ILogger logger, long chatId, int attempt, FailureReason reason, TimeSpan delay);

    [LoggerMessage(EventId = 1019, Level = LogLevel.Error, Message = "Sending to chat {ChatId} failed {Attempts} times ({Reason}); giving up")]
    public static partial void SendGaveUp(ILogger logger, long chatId, int attempts, FailureReason reason);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "Telegram refused a call for chat {ChatId} ({Reason})")]
    public static partial void CallRefused(ILogger logger, long chatId, FailureReason reason);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Debug, Message = "Showing the typing indicator in chat {ChatId} failed ({Reason})")]
    public static partial void TypingFailed(ILogger logger, long chatId, FailureReason reason);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Information, Message = "Telegram webhook set (up to {MaxConnections} connections); taking updates at Telegram:WebhookUrl")]
    public static partial void WebhookSet(ILogger logger, int maxConnections);

    [LoggerMessage(EventId = 1023, Level = LogLevel.Error, Message = "Telegram update {UpdateId} could not be stored, so it was refused for Telegram to send again: {Reason}")]
    public static partial void WebhookStoreFailed(ILogger logger, int updateId, string reason);

    [LoggerMessage(EventId = 1024, Level = LogLevel.Warning, Message = "Telegram update {UpdateId} was handled but could not be marked so; it will be handled again after the next start: {Reason}")]
    public static partial void WebhookMarkFailed(ILogger logger, int updateId, string reason);

    [LoggerMessage(EventId = 1025, Level = LogLevel.Warning, Message = "Looking for Telegram updates other instances stored but did not handle failed; trying again later: {Reason}")]
    public static partial void WebhookTakeOverFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1028, Level = LogLevel.Warning, Message = "Telegram accepted a call for chat {ChatId} but its reply could not be read ({Reason}); not sending it again")]
    public static partial void ReplyUnreadable(ILogger logger, long chatId, FailureReason reason);

    [LoggerMessage(EventId = 1029, Level = LogLevel.Warning, Message = "The handled Telegram updates could not be recorded in Telegram:StateDirectory ({Reason}); the bot goes on, but updates handled meanwhile may be answered again after a restart")]
    public static partial void StateNotSaved(ILogger logger, string reason);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "The chats that blocked the bot or moved could not be recorded in Telegram:StateDirectory ({Reason}); the bot goes on, but forgets them at a restart")]
    public static partial void ChatsNotSaved(ILogger logger, string reason);
}
