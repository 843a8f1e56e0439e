using System.Net;
using Bot.Hosting;
using Bot.Telegram.Chats;
using Bot.Telegram.Handling;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Telegram.Sending;

/// <summary>
/// What became of a send: the message Telegram created, or why there is none. <see cref="PostedUnread"/> is a message
/// Telegram posted (it answered 200) whose reply could not be read, so its id is unknown.
/// </summary>
internal sealed record SendReport(Message? Message, bool ChatGone = false, bool PostedUnread = false)
{
    public bool Sent => Message is not null || PostedUnread;
}

/// <summary>
/// Sends to Telegram through the rate gate and absorbs its faults: waits out 429s (the client's own
/// retry is off so one chat's wait never blocks another's), retries server and network errors with
/// backoff and jitter, follows a group to its supergroup, falls back to plain text when the HTML is
/// refused, and stops sending to chats that blocked or removed the bot.
/// </summary>
internal sealed class TelegramSender(ITelegramBotClient bot, OutgoingRateGate gate, ChatDirectory chats, TelegramOptions options,
    BotMetrics metrics, TimeProvider time, ILogger<TelegramSender> logger)
{
    public async Task<SendReport> SendAsync(long chatId, bool isGroup, RenderedMessage message, int? replyTo,
        InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        var html = true;
        var failures = 0;
        while (true)
        {
            chatId = chats.Resolve(chatId);
            if (chats.IsInactive(chatId))
            {
                Log.SkippedInactiveChat(logger, chatId);
                return new SendReport(null, ChatGone: true);
            }
            try
            {
                using var slot = await gate.WaitAsync(chatId, isGroup, cancellationToken);
                var sent = await bot.SendMessage(chatId, html ? message.Html : message.Plain, html ? ParseMode.Html : ParseMode.None,
                    replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
                    keyboard, linkPreviewOptions: LinkPreviewOptions.Disabled, cancellationToken: cancellationToken);
                metrics.Sent(TelegramUpdateHandler.Platform, "ok");
                return new SendReport(sent);
            }
            catch (Exception ex) when (PostedButUnread(ex, chatId))
            {
                return new SendReport(null, PostedUnread: true);
            }
            catch (ApiRequestException ex) when (ex.Parameters?.MigrateToChatId is { } newChatId)
            {
                Log.ChatMigrated(logger, chatId, newChatId);
                chats.Migrate(chatId, newChatId);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 403)
            {
                metrics.Sent(TelegramUpdateHandler.Platform, BotMetrics.SendOutcome(ex.ErrorCode));
                Log.ChatGone(logger, chatId, new FailureReason(ex, options.Token));
                chats.MarkInactive(chatId, time.GetUtcNow());
                return new SendReport(null, ChatGone: true);
            }
            catch (ApiRequestException ex) when (html && ex.ErrorCode == 400 && ex.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase))
            {
                Log.HtmlRefused(logger, chatId, new FailureReason(ex, options.Token));
                html = false;
            }
            catch (Exception ex) when (ShouldRetry(ex, chatId, ref failures, out var delay, cancellationToken))
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    /// <summary>Shows "typing…" in the chat until disposed, repeated because Telegram clears it after about 5 s.</summary>
    public TypingIndicator StartTyping(long chatId, CancellationToken cancellationToken) =>
        new(async ct =>
        {
            using var timer = new PeriodicTimer(options.TypingInterval, time);
            do
            {
                var target = chats.Resolve(chatId);
                if (chats.IsInactive(target))
                    return;
                try
                {
                    await bot.SendChatAction(target, ChatAction.Typing, cancellationToken: ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.TypingFailed(logger, target, new FailureReason(ex, options.Token));
                }
            }
            while (await timer.WaitForNextTickAsync(ct));
        }, cancellationToken);

    /// <summary>Calls a method that is not a chat message (callback and inline answers) with the same retries.</summary>
    public async Task<bool> CallAsync(Func<ITelegramBotClient, CancellationToken, Task> call, long chatId, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (true)
        {
            try
            {
                await call(bot, cancellationToken);
                metrics.Sent(TelegramUpdateHandler.Platform, "ok");
                return true;
            }
            catch (Exception ex) when (PostedButUnread(ex, chatId))
            {
                return true;
            }
            catch (Exception ex) when (ShouldRetry(ex, chatId, ref failures, out var delay, cancellationToken))
            {
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (ApiRequestException ex)
            {
                Log.CallRefused(logger, chatId, new FailureReason(ex, options.Token));
                return false;
            }
        }
    }

    /// <summary>
    /// A 200 whose body the client could not read (cut short by a proxy, not JSON): Telegram did what was asked, and
    /// asking again would post the same answer twice. Counted as sent and logged once.
    /// </summary>
    private bool PostedButUnread(Exception exception, long chatId)
    {
        if (exception is not RequestException { HttpStatusCode: HttpStatusCode.OK } or ApiRequestException)
            return false;
        metrics.Sent(TelegramUpdateHandler.Platform, "ok");
        Log.ReplyUnreadable(logger, chatId, new FailureReason(exception, options.Token));
        return true;
    }

    /// <summary>
    /// Whether a failed call is worth repeating and after how long: 429 waits as told (without
    /// counting as a failure), server and network errors back off until the attempts run out.
    /// </summary>
    private bool ShouldRetry(Exception exception, long chatId, ref int failures, out TimeSpan delay, CancellationToken cancellationToken)
    {
        delay = TimeSpan.Zero;
        if (cancellationToken.IsCancellationRequested)
            return false;
        metrics.Sent(TelegramUpdateHandler.Platform, BotMetrics.SendOutcome(exception is ApiRequestException api ? api.ErrorCode : 0));
        if (exception is ApiRequestException { ErrorCode: 429 } tooMany)
        {
            delay = TimeSpan.FromSeconds(Math.Max(1, tooMany.Parameters?.RetryAfter ?? 1));
            Log.RateLimited(logger, chatId, delay);
            return true;
        }
        var transient = exception switch
        {
            ApiRequestException { ErrorCode: >= 500 } => true,
            RequestException or HttpRequestException or TaskCanceledException => true,
            _ => false,
        };
        if (!transient)
            return false;
        if (++failures >= options.MaxSendAttempts)
        {
            Log.SendGaveUp(logger, chatId, failures, new FailureReason(exception, options.Token));
            return false;
        }
        delay = RetryDelay.Next(failures, options.RetryBaseDelay, options.RetryMaxDelay);
        Log.SendFailed(logger, chatId, failures, new FailureReason(exception, options.Token), delay);
        return true;
    }
}
