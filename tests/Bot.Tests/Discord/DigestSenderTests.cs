using Bot.Discord;
using Bot.Discord.Rest;
using Bot.Engine.Digests;
using Bot.Engine.Model;
using Bot.Messaging;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Discord;

[Collection(DiscordSuite.Name)]
public sealed class DigestSenderTests
{
    private static readonly Digest Digest = new(new DateOnly(2026, 11, 27), "Today: @everyone", [new DigestItem("An item", new Evidence("a", 2, "q"))]);

    [Fact]
    public async Task SendDigest_PostsWithEnforcedNonceFromKey_WhenChannelExists()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var sender = bot.Host.Services.GetServices<IDigestSender>().Single(s => s.Platform == "discord");

        var result = await sender.SendDigestAsync("31", Digest, "subscription-7/2026-11-27T08:00:00+05:00/with-a-long-key", CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var post = (await bot.Fake.WaitForRequestAsync("POST", "channels/31/messages")).Json;
        Assert.True((bool?)post["enforce_nonce"]);
        Assert.InRange(((string?)post["nonce"])!.Length, 1, 25);
        Assert.Equal(MessageNonce.For("subscription-7/2026-11-27T08:00:00+05:00/with-a-long-key#0"), (string?)post["nonce"]);
        Assert.Empty(post["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task SendDigest_ReportsChatGone_WhenChannelIsUnknown()
    {
        await using var bot = await BotUnderTest.StartAsync(f => f.Script = r => r.Path.StartsWith("channels/", StringComparison.Ordinal)
            ? new FakeResponse(404, """{"message": "Unknown Channel", "code": 10003}""")
            : null);
        var sender = bot.Host.Services.GetServices<IDigestSender>().Single(s => s.Platform == "discord");

        var result = await sender.SendDigestAsync("31", Digest, "key", CancellationToken.None);

        Assert.Equal(SendOutcome.ChatGone, result.Outcome);
    }
}
