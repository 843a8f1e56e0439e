using System.Buffers;
using System.Text;
using NSec.Cryptography;

namespace Bot.Discord.Interactions;

/// <summary>
/// Checks that an HTTP interaction comes from Discord: an Ed25519 signature, by the application's
/// public key, of the timestamp header followed by the raw body. Anything unreadable is simply invalid.
/// </summary>
internal sealed class InteractionSignature(string publicKeyHex)
{
    private const int SignatureBytes = 64;

    private readonly PublicKey _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp))
            return false;
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var prefix = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(prefix));
        return Signs(signatureHex, signed);
    }

    /// <summary>Whether <paramref name="signatureHex"/> is this key's signature of exactly <paramref name="message"/>.</summary>
    public bool Signs(string? signatureHex, ReadOnlySpan<byte> message)
    {
        if (signatureHex is not { Length: SignatureBytes * 2 })
            return false;
        Span<byte> signature = stackalloc byte[SignatureBytes];
        return Convert.FromHexString(signatureHex, signature, out _, out var written) == OperationStatus.Done && written == SignatureBytes
            && SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }
}
