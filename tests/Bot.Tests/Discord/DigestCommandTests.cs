using System.Text.Json.Nodes;
using Bot.Digests;
using Bot.Discord.Rendering;
using Bot.Engine.Digests;
using Bot.Engine.Model;
using Bot.Storage;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Discord;

/// <summary>/digest, /subscribe and /unsubscribe as slash commands, each bot with a database of its own.</summary>
[Collection(DiscordSuite.Name)]
public sealed class DigestCommandTests
{
    private const ulong ManageChannels = 1 << 4;
    private const ulong Administrator = 1 << 3;
    private const ulong SendMessages = 1 << 11;

    [Fact]
    public async Task Ready_RestrictsSubscriptionCommandsToManageChannels()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var commands = (await bot.Fake.WaitForRequestAsync("PUT", $"applications/{FakeDiscordServer.ApplicationId}/commands")).Json.AsArray();

        var restricted = commands.Where(c => c!["default_member_permissions"] is not null).ToDictionary(c => (string)c!["name"]!, c => (string?)c!["default_member_permissions"]);
        Assert.Equal(new Dictionary<string, string?> { ["subscribe"] = "16", ["unsubscribe"] = "16" }, restricted);
        var subscribe = commands.Single(c => (string?)c!["name"] == "subscribe")!;
        Assert.Equal(["time", "zone"], subscribe["options"]!.AsArray().Select(o => (string)o!["name"]!));
        Assert.True((bool?)subscribe["options"]![1]!["autocomplete"]);
    }

    [Fact]
    public async Task Digest_AnsweredWithEmbedOfQuotedItems()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var interaction = Events.Command("digest");

        var json = await CallbackAsync(bot, interaction);

        var digest = bot.Host.Services.GetRequiredService<DigestService>().ForToday("discord", "55");
        var embed = json["data"]!["embeds"]![0]!;
        Assert.Equal(DiscordText.Escape(digest.Title), (string?)embed["title"]);
        var fields = embed["fields"]!.AsArray();
        Assert.Equal(digest.Items.Count, fields.Count);
        Assert.Contains($"aragraph {digest.Items[0].Evidence.Paragraph}", (string?)fields[0]!["name"], StringComparison.Ordinal);
        Assert.Contains("\n> ", (string?)fields[0]!["value"], StringComparison.Ordinal);
        Assert.NotNull(embed["footer"]?["text"]);
        Assert.Empty(json["data"]!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Theory]
    [InlineData(ManageChannels)]
    [InlineData(Administrator)]
    [InlineData(ManageChannels | SendMessages)]
    public async Task Subscribe_SubscribesChannel_WhenMemberMayManageIt(ulong permissions)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var json = await CallbackAsync(bot, Events.CommandWith("subscribe", ("time", "07:30"), ("zone", "Asia/Almaty")).WithPermissions(permissions));

        Assert.StartsWith("Subscribed", (string?)json["data"]!["content"], StringComparison.Ordinal);
        Assert.Null(json["data"]!["flags"]);
        Assert.Equal("Asia/Almaty", Store(bot).Find("discord", "55")?.TimeZone);
    }

    [Theory]
    [InlineData(SendMessages)]
    [InlineData(0UL)]
    public async Task Subscribe_RefusesPrivately_WhenMemberLacksManageChannels(ulong permissions)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var json = await CallbackAsync(bot, Events.Command("subscribe").WithPermissions(permissions));

        Assert.Contains("Manage Channels permission", (string?)json["data"]!["content"], StringComparison.Ordinal);
        Assert.Equal(64, (int?)json["data"]!["flags"]);
        Assert.Null(Store(bot).Find("discord", "55"));
    }

    [Fact]
    public async Task Subscribe_SubscribesDmChannel_WhenSentInDm()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var json = await CallbackAsync(bot, Events.CommandWith("subscribe", ("time", "06:00")).InDm());

        Assert.StartsWith("Subscribed", (string?)json["data"]!["content"], StringComparison.Ordinal);
        Assert.NotNull(Store(bot).Find("discord", "66"));
    }

    [Fact]
    public async Task Unsubscribe_RemovesSubscription_WhenMemberMayManageChannel()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await CallbackAsync(bot, Events.Command("subscribe").WithPermissions(ManageChannels));

        var refused = await CallbackAsync(bot, Events.Command("unsubscribe").WithPermissions(SendMessages));
        Assert.NotNull(Store(bot).Find("discord", "55"));
        var json = await CallbackAsync(bot, Events.Command("unsubscribe").WithPermissions(ManageChannels));

        Assert.Equal(64, (int?)refused["data"]!["flags"]);
        Assert.StartsWith("Unsubscribed", (string?)json["data"]!["content"], StringComparison.Ordinal);
        Assert.Null(Store(bot).Find("discord", "55"));
    }

    [Fact]
    public async Task Autocomplete_SuggestsTimeZones_WhenZoneIsTyped()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var interaction = Events.Autocomplete("subscribe", "zone", "alma");

        await connection.DispatchAsync("INTERACTION_CREATE", interaction);

        var json = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{interaction["id"]}/")).Json;
        Assert.Equal("Asia/Almaty", (string?)json["data"]!["choices"]![0]!["value"]);
    }

    [Fact]
    public void RenderDigest_SaysThereIsNothing_WhenDigestHasNoItems()
    {
        var message = Assert.Single(AnswerRenderer.RenderDigest(new Digest(new DateOnly(2026, 11, 27), "Daily", [])));

        Assert.Equal(Digest.NothingToday, message.Embeds![0].Description);
    }

    [Fact]
    public void RenderDigest_KeepsEveryEmbedWithinLimits_WhenDigestIsHuge()
    {
        var items = Enumerable.Range(1, 60).Select(i => new DigestItem(new string('t', 900), new Evidence("a", i, new string('q', 900)), "On this day")).ToList();

        var messages = AnswerRenderer.RenderDigest(new Digest(new DateOnly(2026, 11, 27), "Daily", items));

        var embeds = messages.Select(m => Assert.Single(m.Embeds!)).ToList();
        Assert.Equal(60, embeds.Sum(e => e.Fields!.Length));
        Assert.All(embeds, e =>
        {
            Assert.InRange(e.Fields!.Length, 1, DiscordLimits.EmbedFields);
            Assert.All(e.Fields, f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
            Assert.All(e.Fields, f => Assert.EndsWith("…", f.Value, StringComparison.Ordinal));
            Assert.InRange((e.Title?.Length ?? 0) + e.Fields.Sum(f => f.Name.Length + f.Value.Length) + e.Footer!.Text.Length, 1, DiscordLimits.EmbedTotal);
        });
    }

    private static DigestStore Store(BotUnderTest bot) => bot.Host.Services.GetRequiredService<DigestStore>();

    private static async Task<JsonNode> CallbackAsync(BotUnderTest bot, JsonObject interaction)
    {
        var connection = await bot.Fake.WaitForReadyAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", interaction);
        return (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{interaction["id"]}/{interaction["token"]}/callback")).Json;
    }
}
