using System.Net;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Engine.Digests;
using Bot.Messaging;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>
/// Posts digests to Discord channels. Each message carries a nonce derived from the idempotency key
/// with enforce_nonce, so a retried post of the same slot is not posted twice.
/// </summary>
internal sealed class DiscordDigestSender(DiscordRestClient rest, ILogger<DiscordDigestSender> logger) : IDigestSender
{
    public string Platform => DiscordConversation.Platform;

    public async Task<SendResult> SendDigestAsync(string chatId, Digest digest, string idempotencyKey, CancellationToken cancellationToken)
    {
        try
        {
            string? firstId = null;
            var pages = AnswerRenderer.RenderDigest(digest);
            for (var i = 0; i < pages.Count; i++)
            {
                var page = MessageNonce.Enforce(pages[i], $"{idempotencyKey}#{i}");
                var id = await rest.CreateMessageAsync(chatId, page, cancellationToken);
                firstId ??= id;
            }
            return new SendResult(SendOutcome.Sent, firstId);
        }
        catch (DiscordRestException ex) when (ex.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            Log.DigestFailed(logger, chatId, ex.Message);
            return new SendResult(SendOutcome.ChatGone);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or RestQueueFullException)
        {
            Log.DigestFailed(logger, chatId, ex.Message);
            return new SendResult(SendOutcome.RetryLater, RetryAfter: (ex as DiscordRestException)?.RetryAfter);
        }
    }
}
