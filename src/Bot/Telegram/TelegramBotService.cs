using System.Text.Json;
using Bot.Commands;
using Bot.Hosting;
using Bot.Storage;
using Bot.Telegram.Handling;
using Bot.Telegram.Polling;
using Bot.Telegram.Sending;
using Bot.Telegram.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>
/// The Telegram adapter: registers the command menu, then either long-polls getUpdates with its own loop
/// so an update is confirmed (by the next offset) only after it was handled, or, with Telegram:WebhookUrl,
/// sets a webhook and takes updates from it (see the webhook part). Updates are handled concurrently
/// across chats and in order within a chat. On shutdown it stops taking updates, lets the ones in flight
/// finish for a while, and leaves the rest for the next start.
/// </summary>
internal sealed partial class TelegramBotService(ITelegramBotClient bot, IServiceProvider services, TelegramOptions options,
    TelegramShutdown shutdown, BotStatus status, BotMetrics metrics, TimeProvider time, ILogger<TelegramBotService> logger,
    UpdateInbox? inbox = null, TelegramWebhook? webhook = null) : BackgroundService
{
    private static readonly UpdateType[] AllowedUpdateTypes = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.InlineQuery, UpdateType.MyChatMember];
    private static readonly string[] AllowedUpdates = [.. AllowedUpdateTypes.Select(t => JsonNamingPolicy.SnakeCaseLower.ConvertName(t.ToString()))];

    /// <summary>Telegram's answer to a revoked or mistyped token; retrying cannot help.</summary>
    private const int Unauthorized = 401;

    /// <summary>Telegram's answer to a poll while another process polls with the token, or while a webhook is set.</summary>
    private const int Conflict = 409;

    private readonly OrderedDispatcher _dispatcher = new();
    private readonly CancellationTokenSource _handling = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await ConnectAsync(stoppingToken) is not { } me)
                return;
            var handler = ActivatorUtilities.CreateInstance<TelegramUpdateHandler>(services, me);
            if (webhook is not null)
                await ServeWebhookAsync(webhook, handler, me, stoppingToken);
            else
                await PollAsync(handler, new UpdateLedger(options.StateDirectory, me.Id, notSaved: reason => Log.StateNotSaved(logger, reason)), stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown interrupted start-up or a poll: nothing to report.
        }
        await DrainAsync();
    }

    /// <summary>
    /// Learns who the bot is and publishes the command menu; when polling, first removes any webhook (it would
    /// block polling). Retried until it works, or null when the token is rejected (the application is then stopping).
    /// </summary>
    private Task<BotIdentity?> ConnectAsync(CancellationToken stoppingToken)
    {
        BotCommand[] menu = [.. CommandCatalogue.All.Select(c => new BotCommand(c.Name, c.Description))];
        return RetryAsync("getMe", async ct =>
        {
            if (webhook is null)
                await bot.DeleteWebhook(cancellationToken: ct);
            var user = await bot.GetMe(ct);
            // Without its username the bot cannot tell when a group mentions it; a real Telegram always sends both.
            if (user.Id <= 0 || string.IsNullOrEmpty(user.Username))
                throw new InvalidDataException("getMe answered without the bot's id or username");
            await bot.SetMyCommands(menu, BotCommandScope.AllPrivateChats(), cancellationToken: ct);
            await bot.SetMyCommands(menu, BotCommandScope.AllGroupChats(), cancellationToken: ct);
            Log.Connected(logger, user.Username, user.Id);
            return new BotIdentity(user.Id, user.Username, user.FirstName);
        }, stoppingToken);
    }

    /// <summary>Runs a start-up step until it works; null when Telegram rejects the token.</summary>
    private async Task<T?> RetryAsync<T>(string method, Func<CancellationToken, Task<T>> step, CancellationToken stoppingToken) where T : class
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await step(stoppingToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == Unauthorized)
            {
                shutdown.TokenRejected(method);
                return null;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                status.Down(TelegramUpdateHandler.Platform, new FailureReason(ex, options.Token).ToString());
                var delay = RetryDelay.Next(failures, options.RetryBaseDelay, options.RetryMaxDelay);
                Log.ConnectFailed(logger, new FailureReason(ex, options.Token), delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    private async Task PollAsync(TelegramUpdateHandler handler, UpdateLedger ledger, CancellationToken stoppingToken)
    {
        var failures = 0;
        var pollSeconds = (int)options.PollTimeout.TotalSeconds;
        // The other poller retries at most RetryMaxDelay apart and then holds its poll up to PollTimeout; a few of those
        // without a conflict mean it has stopped.
        var conflictQuiet = 3 * (options.PollTimeout + options.RetryMaxDelay);
        var conflict = new PollConflict(time, conflictQuiet);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (ledger.InFlight >= options.MaxUpdatesInFlight)
                    await ledger.WaitForProgressAsync(stoppingToken);
                var offset = ledger.Offset;
                var batch = await UpdateBatch.GetAsync(bot, offset, options.PollBatchSize, pollSeconds, AllowedUpdates, stoppingToken);
                ledger.Confirmed(offset);
                if (conflict.Answered())
                    Log.ConflictOver(logger, conflictQuiet);
                status.Up(TelegramUpdateHandler.Platform, PlatformState.Polling);
                failures = 0;
                var fresh = 0;
                foreach (var received in batch)
                {
                    if (received.Update is not { } update)
                        SkipUnreadable(ledger, received);
                    else if (ledger.TryBegin(update.Id))
                    {
                        fresh++;
                        metrics.UpdateReceived(TelegramUpdateHandler.Platform, update.Type.ToString());
                        _dispatcher.Enqueue(TelegramUpdateHandler.OrderingKey(update), () => ProcessAsync(handler, ledger, update, stoppingToken));
                    }
                }
                // Updates still being handled come back until confirmed; wait for one to finish instead of spinning.
                if (fresh == 0 && batch.Count > 0)
                    await ledger.WaitForProgressAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == Unauthorized)
            {
                shutdown.TokenRejected("getUpdates");
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == Conflict)
            {
                status.Down(TelegramUpdateHandler.Platform, new FailureReason(ex, options.Token).ToString());
                var conflicts = conflict.Conflicted();
                var delay = RetryDelay.Next(conflicts, options.RetryBaseDelay, options.RetryMaxDelay);
                if (conflicts == 1)
                    Log.ConflictBegan(logger, TokenRedaction.Scrub(ex.Message, options.Token), options.RetryMaxDelay);
                else
                    Log.ConflictAgain(logger, delay);
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (Exception ex)
            {
                status.Down(TelegramUpdateHandler.Platform, new FailureReason(ex, options.Token).ToString());
                var delay = RetryDelay.Next(++failures, options.RetryBaseDelay, options.RetryMaxDelay);
                if (ex is RequestException or HttpRequestException)
                    Log.PollFailed(logger, new FailureReason(ex, options.Token), delay);
                else
                    Log.PollCrashed(logger, delay, TokenRedaction.Scrub(ex, options.Token));
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    /// <summary>Confirms an update that cannot be read, so it neither blocks the others nor comes back; said once.</summary>
    private void SkipUnreadable(UpdateLedger ledger, ReceivedUpdate unreadable)
    {
        if (unreadable.UnreadableId is not { } id)
        {
            Log.UpdateWithoutId(logger, TokenRedaction.Scrub(unreadable.Problem ?? "", options.Token));
            return;
        }
        if (!ledger.TryBegin(id))
            return;
        Log.UpdateUnreadable(logger, id, TokenRedaction.Scrub(unreadable.Problem ?? "", options.Token));
        ledger.Complete(id);
    }

    private async Task ProcessAsync(TelegramUpdateHandler handler, UpdateLedger ledger, Update update, CancellationToken stoppingToken)
    {
        // With several instances on one database, the shared inbox has exactly one of them answer it; until one has,
        // the update stays unconfirmed here, so Telegram keeps it for whichever instance takes it over.
        var done = inbox is null
            ? await TryHandleAsync(handler, update)
            : await inbox.AnswerOnceAsync(TelegramUpdateHandler.Platform, ledger.BotId, update.Id, () => TryHandleAsync(handler, update), stoppingToken);
        if (done)
            ledger.Complete(update.Id);
        else
            ledger.Abandon(update.Id);
    }

    /// <summary>Handles an update; false when shutdown cut it short, so it is to be handled again after the next start.</summary>
    private async Task<bool> TryHandleAsync(TelegramUpdateHandler handler, Update update)
    {
        try
        {
            await handler.HandleAsync(update, _handling.Token);
        }
        catch (OperationCanceledException) when (_handling.IsCancellationRequested)
        {
            Log.LeftForNextStart(logger, update.Id);
            return false;
        }
        catch (Exception ex)
        {
            Log.UpdateFailed(logger, update.Id, TokenRedaction.Scrub(ex, options.Token));
        }
        return true;
    }

    /// <summary>Gives updates in flight a little time to finish; the rest stay unconfirmed and come back next start.</summary>
    private async Task DrainAsync()
    {
        var idle = _dispatcher.WhenIdle();
        if (await Task.WhenAny(idle, Task.Delay(options.ShutdownDrain, time)) != idle)
        {
            Log.DrainTimedOut(logger, options.ShutdownDrain);
            await _handling.CancelAsync();
            await idle;
        }
    }

    public override void Dispose()
    {
        _handling.Dispose();
        base.Dispose();
    }
}
