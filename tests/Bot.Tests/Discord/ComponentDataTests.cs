using System.Text.Json.Nodes;
using Bot.Tests.Discord.Fakes;

namespace Bot.Tests.Discord;

/// <summary>Button ids, options and whole payloads come back from the client, so any of them may be stale or forged.</summary>
[Collection(DiscordSuite.Name)]
public sealed class ComponentDataTests
{
    public static TheoryData<string> ForgedCustomIds() =>
    [
        "src:-1.2", "src:0.-5", "src:99999999999.1", "src:7.1", "src:0.99999", "src:", "src:abc", "src:1", "src:+0.1",
        "ask:", "ask:   ", "zzz:whatever", "", "src:0.1" + new string(',', 200),
    ];

    [Theory]
    [MemberData(nameof(ForgedCustomIds))]
    public async Task ButtonPress_RepliesExpiredEphemerally_WhenCustomIdIsStaleOrForged(string customId)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var press = Events.Button(customId);

        await connection.DispatchAsync("INTERACTION_CREATE", press);

        var json = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{press["id"]}/{press["token"]}/callback")).Json;
        Assert.Equal(4, (int?)json["type"]);
        Assert.Equal(64, (int?)json["data"]!["flags"]);
        Assert.Contains("expired", (string?)json["data"]!["content"], StringComparison.Ordinal);
        Assert.Empty(json["data"]!["allowed_mentions"]!["parse"]!.AsArray());
    }

    public static TheoryData<string> MalformedInteractions() =>
    [
        """{"custom_id": 5, "component_type": 2}""",
        """{"custom_id": {"x": 1}}""",
        """[1, 2, 3]""",
        """null""",
        """{"name": "who", "options": [{"name": "actor", "type": "three", "value": 1}]}""",
        """{"name": "who", "options": {"name": "actor"}}""",
    ];

    [Theory]
    [MemberData(nameof(MalformedInteractions))]
    public async Task Interaction_IsAcknowledged_WhenItsDataHasWrongTypes(string data)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var interaction = Events.Interaction(3, new JsonObject());
        interaction["data"] = JsonNode.Parse(data);

        await connection.DispatchAsync("INTERACTION_CREATE", interaction);

        var json = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{interaction["id"]}/{interaction["token"]}/callback")).Json;
        Assert.Equal(64, (int?)json["data"]!["flags"]);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(99)]
    public async Task Interaction_IsAcknowledged_WhenTypeIsUnknown(int type)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var interaction = Events.Interaction(type, new JsonObject { ["custom_id"] = "modal" });

        await connection.DispatchAsync("INTERACTION_CREATE", interaction);

        var json = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{interaction["id"]}/{interaction["token"]}/callback")).Json;
        Assert.Equal(64, (int?)json["data"]!["flags"]);
    }

    [Theory]
    [InlineData("token", "../../channels/55/messages")]
    [InlineData("id", "1/../../channels/55")]
    [InlineData("application_id", "800/x")]
    public async Task Interaction_NeverReachesOtherRoutes_WhenIdsAreForged(string field, string forged)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var interaction = Events.Command("who", "actor", bot.ActorName());
        interaction[field] = forged;
        var later = Events.Command("about");

        await connection.DispatchAsync("INTERACTION_CREATE", interaction);
        await connection.DispatchAsync("INTERACTION_CREATE", later);

        await bot.Fake.WaitForRequestAsync("POST", $"interactions/{later["id"]}/");
        await Task.Delay(100);
        Assert.Empty(bot.Fake.Matching("POST", "channels/"));
        Assert.DoesNotContain(bot.Fake.Requests, r => r.Path.Contains(forged, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"id": "1", "channel_id": "55", "content": "hi"}""")]
    [InlineData("""{"id": "1", "channel_id": "../x", "author": {"id": "42"}, "content": "who are the actors?"}""")]
    [InlineData("""{"id": 1, "channel_id": 55, "author": "42", "content": ["x"]}""")]
    [InlineData("""{"id": "1", "channel_id": "66", "author": {"id": "42"}, "content": "x", "mentions": [null, 5]}""")]
    public async Task Message_IgnoredWithoutError_WhenMalformed(string message)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", JsonNode.Parse(message)!);
        var later = Events.Message("who are the actors?", inGuild: false);
        await connection.DispatchAsync("MESSAGE_CREATE", later);

        await bot.Fake.WaitForRequestAsync("POST", "channels/66/messages", r => (string?)r.Json["message_reference"]?["message_id"] == (string?)later["id"]);
        Assert.Single(bot.Fake.Matching("POST", "channels/"));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }
}
