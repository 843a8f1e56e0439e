using Bot.Engine.Digests;
using Bot.Messaging;
using Bot.Telegram.Handling;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Sending;

/// <summary>Posts digests to Telegram chats through the same rate limits and fault handling as answers.</summary>
internal sealed class TelegramDigestSender(TelegramSender sender, AnswerRenderer renderer) : IDigestSender
{
    public string Platform => TelegramUpdateHandler.Platform;

    /// <remarks>Telegram has no idempotent send, so the scheduler's exactly-once bookkeeping is what prevents repeats.</remarks>
    public async Task<SendResult> SendDigestAsync(string chatId, Digest digest, string idempotencyKey, CancellationToken cancellationToken)
    {
        var id = long.Parse(chatId, System.Globalization.CultureInfo.InvariantCulture);
        string? firstMessageId = null;
        try
        {
            foreach (var message in renderer.RenderDigest(digest))
            {
                // Negative ids are groups and channels, which also have the per-group limit.
                var report = await sender.SendAsync(id, isGroup: id < 0, message, null, null, cancellationToken);
                if (report.ChatGone)
                    return new SendResult(SendOutcome.ChatGone);
                firstMessageId ??= report.Message?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Once part of a digest is out, posting it again would repeat that part.
            return firstMessageId is null ? new SendResult(SendOutcome.RetryLater) : new SendResult(SendOutcome.Sent, firstMessageId);
        }
        return new SendResult(SendOutcome.Sent, firstMessageId);
    }
}
