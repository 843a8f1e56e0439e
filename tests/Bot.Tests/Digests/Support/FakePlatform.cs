using Bot.Engine.Digests;
using Bot.Messaging;

namespace Bot.Tests.Digests.Support;

/// <summary>
/// A chat platform in memory. Like Discord with a nonce and enforce_nonce, a repeated idempotency
/// key returns the first post instead of posting again. <see cref="Respond"/> scripts per-chat
/// outcomes; <see cref="Crash"/> simulates the process dying before or after the platform posts.
/// </summary>
public sealed class FakePlatform(string platform = "discord") : IDigestSender
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _byKey = [];

    public string Platform => platform;

    /// <summary>Every visible post, in order.</summary>
    public List<(string ChatId, string Key, Digest Digest)> Posts { get; } = [];

    /// <summary>Every attempt, posted or not.</summary>
    public List<(string ChatId, string Key)> Attempts { get; } = [];

    /// <summary>An outcome other than a post for this chat and key, or null to post.</summary>
    public Func<string, string, SendResult?> Respond { get; set; } = (_, _) => null;

    /// <summary>Decides, per key, whether the process "dies" before the post, after it, or not at all.</summary>
    public Func<string, CrashPoint> Crash { get; set; } = _ => CrashPoint.None;

    /// <summary>Cancelled to "kill" the scheduler run that is sending.</summary>
    public CancellationTokenSource? Process { get; set; }

    public Task<SendResult> SendDigestAsync(string chatId, Digest digest, string idempotencyKey, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Attempts.Add((chatId, idempotencyKey));
            var crash = Crash(idempotencyKey);
            if (crash == CrashPoint.BeforePost)
                Die();
            if (Respond(chatId, idempotencyKey) is { } scripted)
                return Task.FromResult(scripted);
            if (!_byKey.TryGetValue(idempotencyKey, out var id))
            {
                id = (Posts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _byKey[idempotencyKey] = id;
                Posts.Add((chatId, idempotencyKey, digest));
            }
            if (crash == CrashPoint.AfterPost)
                Die();
            return Task.FromResult(new SendResult(SendOutcome.Sent, id));
        }
    }

    private void Die()
    {
        Process!.Cancel();
        Process.Token.ThrowIfCancellationRequested();
    }
}

public enum CrashPoint { None, BeforePost, AfterPost }
