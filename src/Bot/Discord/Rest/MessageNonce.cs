using System.Security.Cryptography;
using System.Text;

namespace Bot.Discord.Rest;

/// <summary>
/// Nonces for posts that must not appear twice: sent with enforce_nonce, a post repeated within a few minutes
/// with the same nonce (a retry after a 5xx or a dropped connection that Discord had already acted on) returns
/// the first message instead of posting again.
/// </summary>
internal static class MessageNonce
{
    /// <summary>Discord nonces are at most 25 characters, so longer keys are hashed down.</summary>
    private const int MaxLength = 25;

    /// <summary>A nonce stable for <paramref name="key"/>, whoever sends it and however often.</summary>
    public static string For(string key) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..MaxLength];

    /// <summary><paramref name="message"/> made idempotent under <paramref name="key"/>.</summary>
    public static MessagePayload Enforce(MessagePayload message, string key) => message with { Nonce = For(key), EnforceNonce = true };
}
