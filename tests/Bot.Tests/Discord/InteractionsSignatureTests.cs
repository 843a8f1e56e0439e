using System.Text;
using Bot.Discord.Interactions;

namespace Bot.Tests.Discord;

public sealed class InteractionsSignatureTests
{
    // RFC 8032, section 7.1: Ed25519 tests 1 to 3 (public key, message, signature).
    public static TheoryData<string, string, string> Rfc8032 => new()
    {
        {
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        {
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        {
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
    };

    [Theory]
    [MemberData(nameof(Rfc8032))]
    public void Signs_AcceptsSignature_WhenItIsTheRfc8032Vector(string publicKey, string message, string signature) =>
        Assert.True(new InteractionSignature(publicKey).Signs(signature, Convert.FromHexString(message)));

    [Theory]
    [MemberData(nameof(Rfc8032))]
    public void Signs_RejectsSignature_WhenMessageIsTampered(string publicKey, string message, string signature) =>
        Assert.False(new InteractionSignature(publicKey).Signs(signature, [.. Convert.FromHexString(message), 0]));

    [Theory]
    [MemberData(nameof(Rfc8032))]
    public void Signs_RejectsSignature_WhenSignatureIsTampered(string publicKey, string message, string signature) =>
        Assert.False(new InteractionSignature(publicKey).Signs((signature[0] == '0' ? "1" : "0") + signature[1..], Convert.FromHexString(message)));

    [Fact]
    public void IsValid_VerifiesTimestampFollowedByBody_WhenTheRfcMessageIsSplit()
    {
        // Test 2's message is the single byte 'r': here all of it is the timestamp.
        var signature = new InteractionSignature("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
        const string Signed = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";

        Assert.True(signature.IsValid(Signed, "r", []));
        Assert.False(signature.IsValid(Signed, "r", Encoding.UTF8.GetBytes(" ")));
        Assert.False(signature.IsValid(Signed, "s", []));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not hex at all")]
    [InlineData("92a009a9")]
    [InlineData("zz a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")]
    [InlineData("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c0000")]
    public void IsValid_IsFalse_WhenSignatureIsMalformed(string? header) =>
        Assert.False(new InteractionSignature("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c").IsValid(header, "r", []));
}
