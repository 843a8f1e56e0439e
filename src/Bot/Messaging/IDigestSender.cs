using Bot.Engine.Digests;

namespace Bot.Messaging;

/// <summary>What became of one attempt to post to a chat.</summary>
public enum SendOutcome { Sent, RetryLater, ChatGone }

public sealed record SendResult(SendOutcome Outcome, string? MessageId = null, TimeSpan? RetryAfter = null);

/// <summary>
/// Posts a digest to a chat of one platform. Each chat adapter provides one; the scheduler uses
/// them without knowing the platform. <paramref name="idempotencyKey"/> is stable per
/// (subscription, slot) so a platform that can deduplicate (Discord's nonce) never posts twice.
/// </summary>
public interface IDigestSender
{
    /// <summary>"telegram", "discord" or "console".</summary>
    string Platform { get; }

    Task<SendResult> SendDigestAsync(string chatId, Digest digest, string idempotencyKey, CancellationToken cancellationToken);
}
