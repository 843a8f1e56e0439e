using System.Text.Json.Nodes;
using Bot.Digests;
using Bot.Discord.Rendering;
using Bot.Storage;
using Bot.Tests.Commands;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Discord;

[Collection(DiscordSuite.Name)]
public sealed class MessageTests
{
    [Fact]
    public async Task Mention_AnsweredAsReply_WhenGuildMessageMentionsTheBot()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var message = Events.Message($"<@{FakeDiscordServer.BotId}> who is {bot.ActorName()}?");

        await connection.DispatchAsync("MESSAGE_CREATE", message);

        var reply = (await bot.Fake.WaitForRequestAsync("POST", "channels/55/messages")).Json;
        Assert.Equal((string?)message["id"], (string?)reply["message_reference"]!["message_id"]);
        Assert.False((bool?)reply["message_reference"]!["fail_if_not_exists"]);
        Assert.Empty(reply["allowed_mentions"]!["parse"]!.AsArray());
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["embeds"]![0]!["description"]));
    }

    [Fact]
    public async Task Mention_RetriedWithTheSameEnforcedNonce_WhenDiscordFailsAfterTakingTheReply()
    {
        // A 502 from Discord's edge can come after Discord posted the message; only the nonce lets the retry not post it again.
        await using var bot = await BotUnderTest.StartAsync(fake => fake.Script = request =>
            request.Is("POST", "channels/55/messages") && fake.Matching("POST", "channels/55/messages").Count() == 1
                ? new FakeResponse(502, """{"message": "Bad Gateway", "code": 0}""")
                : null);
        var connection = await bot.Fake.WaitForReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", Events.Message($"<@{FakeDiscordServer.BotId}> who is {bot.ActorName()}?"));
        await bot.Fake.WaitForRequestAsync("POST", "channels/55/messages", _ => bot.Fake.Matching("POST", "channels/55/messages").Count() == 2);

        var posts = bot.Fake.Matching("POST", "channels/55/messages").Select(p => p.Json).ToList();
        Assert.All(posts, p => Assert.True((bool?)p["enforce_nonce"]));
        Assert.Single(posts.Select(p => (string?)p["nonce"]).Distinct(), n => n is { Length: > 0 and <= 25 });
    }

    [Fact]
    public async Task DirectMessage_AnsweredAsReply_WhenNoMentionIsNeeded()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var message = Events.Message("who are the actors?", inGuild: false, mentionsBot: false);

        await connection.DispatchAsync("MESSAGE_CREATE", message);

        var reply = (await bot.Fake.WaitForRequestAsync("POST", "channels/66/messages")).Json;
        Assert.Equal((string?)message["id"], (string?)reply["message_reference"]!["message_id"]);
    }

    [Theory]
    [InlineData("bot")]
    [InlineData("webhook")]
    [InlineData("self")]
    [InlineData("no mention")]
    [InlineData("empty DM")]
    [InlineData("pin notice in a DM")]
    [InlineData("thread start mentioning the bot")]
    public async Task Message_Ignored_WhenNotAQuestionForUs(string kind)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var ignored = kind switch
        {
            "bot" => Events.Message($"<@{FakeDiscordServer.BotId}> who?", authorIsBot: true),
            "webhook" => Events.Message($"<@{FakeDiscordServer.BotId}> who?", webhookId: "5"),
            "self" => Events.Message("who?", inGuild: false, mentionsBot: false, authorId: FakeDiscordServer.BotId),
            "empty DM" => Events.Message("", inGuild: false, mentionsBot: false),
            "pin notice in a DM" => Typed(Events.Message("", inGuild: false, mentionsBot: false), 6),
            "thread start mentioning the bot" => Typed(Events.Message($"<@{FakeDiscordServer.BotId}> who?"), 21),
            _ => Events.Message("who are the actors?", mentionsBot: false),
        };
        var question = Events.Message("who are the actors?", inGuild: false, mentionsBot: false);

        await connection.DispatchAsync("MESSAGE_CREATE", ignored);
        await connection.DispatchAsync("MESSAGE_CREATE", question);

        await bot.Fake.WaitForRequestAsync("POST", "channels/66/messages");
        await Task.Delay(50);
        Assert.Empty(bot.Fake.Matching("POST", "channels/55/"));
        Assert.Single(bot.Fake.Matching("POST", "channels/"));
    }

    [Theory]
    [InlineData("attachments", false)]
    [InlineData("sticker_items", false)]
    [InlineData("embeds", false)]
    [InlineData("poll", false)]
    [InlineData("message_snapshots", false)]
    [InlineData("attachments", true)]
    public async Task Message_RepliesOnceThatOnlyTextIsRead_WhenItHoldsNoWords(string part, bool inGuild)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var message = Events.Message(inGuild ? $"<@{FakeDiscordServer.BotId}>" : "", inGuild, mentionsBot: inGuild);
        message[part] = part == "poll" ? new JsonObject { ["question"] = new JsonObject { ["text"] = "who?" } } : new JsonArray(new JsonObject { ["id"] = "1" });
        var channel = inGuild ? "55" : "66";

        await connection.DispatchAsync("MESSAGE_CREATE", message);

        var reply = (await bot.Fake.WaitForRequestAsync("POST", $"channels/{channel}/messages")).Json;
        Assert.Equal((string?)message["id"], (string?)reply["message_reference"]!["message_id"]);
        Assert.StartsWith("I can only read text", (string?)reply["content"], StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.Single(bot.Fake.Matching("POST", "channels/"));
    }

    [Fact]
    public async Task Mention_AnsweredAsReply_WhenItRepliesToTheBot()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var message = Typed(Events.Message($"<@{FakeDiscordServer.BotId}> and why?"), 19);

        await connection.DispatchAsync("MESSAGE_CREATE", message);

        var reply = (await bot.Fake.WaitForRequestAsync("POST", "channels/55/messages")).Json;
        Assert.Equal((string?)message["id"], (string?)reply["message_reference"]!["message_id"]);
    }

    private static JsonObject Typed(JsonObject message, int type)
    {
        message["type"] = type;
        return message;
    }

    [Fact]
    public async Task Mention_RepliesWithoutPingsAndWithinLimits_WhenTextIsHostile()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var hostile = $"<@{FakeDiscordServer.BotId}> @everyone @here <@&123> <@42> **bold** `x` ||spoiler|| \u200B\u202E " + new string('a', 100_000);

        await connection.DispatchAsync("MESSAGE_CREATE", Events.Message(hostile));

        var reply = await bot.Fake.WaitForRequestAsync("POST", "channels/55/messages");
        Assert.Empty(reply.Json["allowed_mentions"]!["parse"]!.AsArray());
        Assert.DoesNotContain("\u200B", reply.Body, StringComparison.Ordinal);
        Assert.InRange(reply.Json["embeds"]![0]!["description"]!.ToString().Length, 1, 4096);
    }

    [Fact]
    public async Task Mention_ShowsTodaysDigest_WhenTextIsDigestCommand()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", Events.Message($"<@{FakeDiscordServer.BotId}> /digest"));

        var reply = (await bot.Fake.WaitForRequestAsync("POST", "channels/55/messages")).Json;
        var digest = bot.Host.Services.GetRequiredService<DigestService>().ForToday("discord", "55");
        Assert.Equal(DiscordText.Escape(digest.Title), (string?)reply["embeds"]![0]!["title"]);
    }

    [Fact]
    public async Task Mention_SubscribesChannel_WhenManagerTypesSubscribeWithZone()
    {
        await using var bot = await BotUnderTest.StartAsync(fake => fake.Script = FrontEnds.ManagerGuild);
        var connection = await bot.Fake.WaitForReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", Events.Message($"<@{FakeDiscordServer.BotId}> /subscribe 08:00 Europe/Berlin"));

        var reply = (await bot.Fake.WaitForRequestAsync("POST", "channels/55/messages")).Json;
        Assert.StartsWith("Subscribed", (string?)reply["content"], StringComparison.Ordinal);
        var subscription = bot.Host.Services.GetRequiredService<DigestStore>().Find("discord", "55");
        Assert.Equal("Europe/Berlin", subscription?.TimeZone);
    }

    [Theory]
    [InlineData("no role")]
    [InlineData("denied in channel")]
    [InlineData("lookup fails")]
    public async Task Mention_RefusesSubscribe_WhenMemberMayNotManageChannel(string why)
    {
        await using var bot = await BotUnderTest.StartAsync(fake => fake.Script = request => (why, request) switch
        {
            ("no role", { Path: "guilds/77/members/42" }) => new FakeResponse(200, """{"roles":[]}"""),
            ("denied in channel", { Path: "channels/55" }) => new FakeResponse(200,
                """{"id":"55","permission_overwrites":[{"id":"9","type":0,"allow":"0","deny":"16"}]}"""),
            ("lookup fails", { Path: "guilds/77" }) => new FakeResponse(403, """{"message":"Missing Access","code":50001}"""),
            _ => FrontEnds.ManagerGuild(request),
        });
        var connection = await bot.Fake.WaitForReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", Events.Message($"<@{FakeDiscordServer.BotId}> /subscribe 08:00 Europe/Berlin"));

        var reply = (await bot.Fake.WaitForRequestAsync("POST", "channels/55/messages")).Json;
        Assert.Contains("Manage Channels permission", (string?)reply["content"], StringComparison.Ordinal);
        Assert.Null(reply["flags"]);
        Assert.Null(bot.Host.Services.GetRequiredService<DigestStore>().Find("discord", "55"));
    }
}
