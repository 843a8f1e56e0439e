using System.Text.Json;
using Bot.Hosting;
using Bot.Storage;
using Bot.Telegram.Handling;
using Bot.Telegram.Polling;
using Bot.Telegram.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>
/// Webhook mode: every update is stored before Telegram is told it arrived, handled through the same handler
/// and per-chat order as polling, then marked handled. Updates an earlier run stored but did not handle are
/// handled first (on a shared store, also those of an instance whose claim went stale); a redelivered update
/// that is already stored is acknowledged and not handled again.
/// </summary>
internal sealed partial class TelegramBotService
{
    private async Task ServeWebhookAsync(TelegramWebhook endpoint, TelegramUpdateHandler handler, BotIdentity me, CancellationToken stoppingToken)
    {
        var store = services.GetRequiredService<DigestStore>();
        var source = $"{TelegramUpdateHandler.Platform}:{me.Id}";
        if (await RetryAsync("setWebhook", _ => Task.FromResult(store.ClaimUnhandledUpdates(source, time.GetUtcNow())), stoppingToken) is not { } left)
            return;
        DispatchStored(handler, store, source, left);
        endpoint.Open((body, json) => Receive(handler, store, source, body, json));
        try
        {
            if (await RetryAsync("setWebhook", SetWebhookAsync, stoppingToken) is null)
                return;
            status.Up(TelegramUpdateHandler.Platform, PlatformState.Connected);
            Log.WebhookSet(logger, options.WebhookMaxConnections);
            // Another instance on a shared store may die with updates stored but not handled; they are taken over once their claim is stale.
            while (true)
            {
                await Task.Delay(store.Shared ? store.ClaimLease / 2 : Timeout.InfiniteTimeSpan, time, stoppingToken);
                TakeOverStale(handler, store, source);
            }
        }
        finally
        {
            endpoint.Close();
        }

        async Task<TelegramWebhook> SetWebhookAsync(CancellationToken cancellationToken)
        {
            await bot.SetWebhook(options.WebhookUrl, maxConnections: options.WebhookMaxConnections, allowedUpdates: AllowedUpdateTypes,
                secretToken: endpoint.Secret, cancellationToken: cancellationToken);
            return endpoint;
        }
    }

    private void TakeOverStale(TelegramUpdateHandler handler, DigestStore store, string source)
    {
        try
        {
            DispatchStored(handler, store, source, store.ClaimUnhandledUpdates(source, time.GetUtcNow()));
        }
        catch (StorageException ex)
        {
            Log.WebhookTakeOverFailed(logger, ex.Message);
        }
    }

    private void DispatchStored(TelegramUpdateHandler handler, DigestStore store, string source, IReadOnlyList<StoredUpdate> stored)
    {
        foreach (var update in stored)
        {
            using var document = JsonDocument.Parse(update.Body);
            if (Readable(document.RootElement) is { } readable)
                Dispatch(handler, store, source, readable);
        }
    }

    /// <summary>Stores and queues one update from the webhook; false when it could not be stored, so Telegram sends it again.</summary>
    private bool Receive(TelegramUpdateHandler handler, DigestStore store, string source, string body, JsonElement json)
    {
        if (Readable(json) is not { } update)
            return true;
        try
        {
            if (!store.TryStoreUpdate(source, update.Id, body, time.GetUtcNow()))
                return true;
        }
        catch (StorageException ex)
        {
            Log.WebhookStoreFailed(logger, update.Id, ex.Message);
            return false;
        }
        Dispatch(handler, store, source, update);
        return true;
    }

    /// <summary>The update, or null (said in the log) when it cannot be read: Telegram would only send it again.</summary>
    private Update? Readable(JsonElement json)
    {
        var received = UpdateBatch.Read([json])[0];
        if (received.Update is null && received.UnreadableId is { } id)
            Log.UpdateUnreadable(logger, id, TokenRedaction.Scrub(received.Problem ?? "", options.Token));
        else if (received.Update is null)
            Log.UpdateWithoutId(logger, TokenRedaction.Scrub(received.Problem ?? "", options.Token));
        return received.Update;
    }

    private void Dispatch(TelegramUpdateHandler handler, DigestStore store, string source, Update update)
    {
        metrics.UpdateReceived(TelegramUpdateHandler.Platform, update.Type.ToString());
        _dispatcher.Enqueue(TelegramUpdateHandler.OrderingKey(update), async () =>
        {
            if (!await TryHandleAsync(handler, update))
                return;
            try
            {
                store.MarkUpdateHandled(source, update.Id);
            }
            catch (StorageException ex)
            {
                Log.WebhookMarkFailed(logger, update.Id, ex.Message);
            }
        });
    }
}
