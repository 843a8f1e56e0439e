using System.Text.Json.Nodes;
using Bot.Discord.Interactions;
using Bot.Tests.Discord.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Discord;

[Collection(DiscordSuite.Name)]
public sealed class InteractionTests
{
    [Fact]
    public async Task Ready_RegistersCatalogueCommands_WhenDiscordHasNone()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var put = await bot.Fake.WaitForRequestAsync("PUT", $"applications/{FakeDiscordServer.ApplicationId}/commands");

        var names = put.Json.AsArray().Select(c => (string)c!["name"]!).Order().ToArray();
        Assert.Equal(["about", "actors", "ask", "digest", "events", "help", "positions", "subscribe", "timeline", "unsubscribe", "who"], names);
        var who = put.Json.AsArray().Single(c => (string?)c!["name"] == "who")!;
        Assert.True((bool?)who["options"]![0]!["autocomplete"]);
        Assert.True((bool?)who["options"]![0]!["required"]);
    }

    [Fact]
    public async Task Ready_SkipsOverwrite_WhenDiscordAlreadyHasTheSameCommands()
    {
        var existing = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(SlashCommands.Definitions(), Bot.Discord.DiscordJson.Default.ApplicationCommandArray))!.AsArray();
        foreach (var command in existing)
            command!["id"] = Events.NextId();
        await using var bot = await BotUnderTest.StartAsync(f => f.CommandsJson = existing.ToJsonString());

        await bot.Fake.WaitForRequestAsync("GET", $"applications/{FakeDiscordServer.ApplicationId}/commands");
        await Wait.UntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("up to date", StringComparison.Ordinal)));

        Assert.Empty(bot.Fake.Matching("PUT", "applications"));
    }

    [Fact]
    public async Task Ready_RegistersGuildCommands_WhenGuildIdIsSet()
    {
        await using var bot = await BotUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Discord:GuildId"] = "123" });

        await bot.Fake.WaitForRequestAsync("PUT", $"applications/{FakeDiscordServer.ApplicationId}/guilds/123/commands");
    }

    [Fact]
    public async Task SlashCommand_AnsweredWithEmbedThroughCallback_WhenWhoIsAsked()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var interaction = Events.Command("who", "actor", bot.ActorName());

        await connection.DispatchAsync("INTERACTION_CREATE", interaction);

        var callback = await bot.Fake.WaitForRequestAsync("POST", $"interactions/{interaction["id"]}/{interaction["token"]}/callback");
        var json = callback.Json;
        Assert.Equal(4, (int?)json["type"]);
        var embed = json["data"]!["embeds"]![0]!;
        Assert.False(string.IsNullOrWhiteSpace((string?)embed["description"]));
        Assert.NotNull(embed["footer"]?["text"]);
        Assert.Empty(json["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        var buttons = json["data"]!["components"]![0]!["components"]!.AsArray();
        Assert.Contains(buttons, b => (string?)b!["label"] == "Sources");
        Assert.All(buttons, b => Assert.InRange(((string?)b!["custom_id"])!.Length, 1, 100));
    }

    [Fact]
    public async Task Autocomplete_SuggestsMatchingActors_WhenOptionIsTyped()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var typed = bot.ActorName()[..2];
        var interaction = Events.Autocomplete("who", "actor", typed);

        await connection.DispatchAsync("INTERACTION_CREATE", interaction);

        var json = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{interaction["id"]}/")).Json;
        Assert.Equal(8, (int?)json["type"]);
        var choices = json["data"]!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.Contains(typed, (string?)c!["name"], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ButtonPress_RepliesWithEphemeralSources_WhenSourcesIsPressed()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var command = Events.Command("who", "actor", bot.ActorName());
        await connection.DispatchAsync("INTERACTION_CREATE", command);
        var answer = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{command["id"]}/")).Json;
        var sources = (string?)answer["data"]!["components"]![0]!["components"]!.AsArray().Single(b => (string?)b!["label"] == "Sources")!["custom_id"];
        var press = Events.Button(sources!);

        await connection.DispatchAsync("INTERACTION_CREATE", press);

        var json = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{press["id"]}/")).Json;
        Assert.Equal(4, (int?)json["type"]);
        Assert.Equal(64, (int?)json["data"]!["flags"]);
        Assert.Contains("paragraph", (string?)json["data"]!["content"], StringComparison.Ordinal);
        Assert.Empty(json["data"]!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task ButtonPress_SendsOverflowAsFollowUps_WhenSourcesExceed2000Characters()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var paragraphs = bot.Engine.Knowledge.Articles[0].Article.Blocks.Select(b => new Bot.Engine.Model.Evidence(bot.Engine.Knowledge.Articles[0].Article.Id, b.Number, "q"));
        var press = Events.Button(Bot.Discord.Rendering.ComponentIds.ForSources(bot.Engine.Knowledge, paragraphs));

        await connection.DispatchAsync("INTERACTION_CREATE", press);

        var followUp = await bot.Fake.WaitForRequestAsync("POST", $"webhooks/{FakeDiscordServer.ApplicationId}/{press["token"]}");
        Assert.Equal(64, (int?)followUp.Json["flags"]);
        Assert.InRange(((string?)followUp.Json["content"])!.Length, 1, 2000);
        Assert.Empty(followUp.Json["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Single(bot.Fake.Matching("POST", $"interactions/{press["id"]}/"));
    }

    [Fact]
    public async Task ButtonPress_AnswersTheSuggestion_WhenFollowUpIsPressed()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var press = Events.Button("ask:who are the actors?");

        await connection.DispatchAsync("INTERACTION_CREATE", press);

        var json = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{press["id"]}/")).Json;
        Assert.Equal(4, (int?)json["type"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)json["data"]!["embeds"]![0]!["description"]));
    }

    [Fact]
    public async Task SlashCommand_DefersThenEditsOriginal_WhenAnswerIsNotReadyAtOnce()
    {
        await using var bot = await BotUnderTest.StartAsync(settings: new Dictionary<string, string?> { ["Discord:DeferAfter"] = "00:00:00" });
        var connection = await bot.Fake.WaitForReadyAsync();
        var interaction = Events.Command("timeline");

        await connection.DispatchAsync("INTERACTION_CREATE", interaction);

        var callback = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{interaction["id"]}/")).Json;
        if ((int?)callback["type"] == 5)
        {
            var edit = await bot.Fake.WaitForRequestAsync("PATCH", $"webhooks/{FakeDiscordServer.ApplicationId}/{interaction["token"]}/messages/@original");
            Assert.Empty(edit.Json["allowed_mentions"]!["parse"]!.AsArray());
        }
        else
        {
            Assert.Equal(4, (int?)callback["type"]);
        }
    }

    [Fact]
    public async Task Interaction_AnsweredOnce_WhenDispatchedTwice()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var connection = await bot.Fake.WaitForReadyAsync();
        var interaction = Events.Command("actors");
        var later = Events.Command("about");

        await connection.DispatchAsync("INTERACTION_CREATE", interaction);
        await connection.DispatchAsync("INTERACTION_CREATE", interaction.DeepClone());
        await connection.DispatchAsync("INTERACTION_CREATE", later);

        await bot.Fake.WaitForRequestAsync("POST", $"interactions/{later["id"]}/");
        await Task.Delay(50);
        Assert.Single(bot.Fake.Matching("POST", $"interactions/{interaction["id"]}/"));
    }

    [Fact]
    public async Task Burst_AllAcknowledgedWithoutWaitingOnTheClock_When500InteractionsArrive()
    {
        // Discord gives each interaction 3 s. With the bot's clock standing still, a burst is acknowledged in full only if nothing
        // on the way waits for time to pass (the global request cap, a rate-limit pause, a queue): then only the work itself takes
        // time, and the deferral at Discord:DeferAfter (SlashCommand_DefersThenEditsOriginal_WhenAnswerIsNotReadyAtOnce) covers slow work.
        await using var bot = await BotUnderTest.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(new WatchedClock()));
        var connection = await bot.Fake.WaitForReadyAsync();
        var actor = bot.ActorName();
        var sent = new List<string>();

        for (var i = 0; i < 500; i++)
        {
            var interaction = (i % 3) switch
            {
                0 => Events.Command("who", "actor", actor),
                1 => Events.Command("ask", "question", $"what did {actor} say? #{i}"),
                _ => Events.Autocomplete("who", "actor", actor[..1]),
            };
            sent.Add((string)interaction["id"]!);
            await connection.DispatchAsync("INTERACTION_CREATE", interaction);
        }

        // A bound on finding a hang, not a limit on the bot's speed.
        await Wait.UntilAsync(() => Acknowledged(bot).Count() >= 500, TimeSpan.FromSeconds(60), "500 acknowledgements");
        Assert.Equal(sent.Order(StringComparer.Ordinal), Acknowledged(bot).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Acknowledged(BotUnderTest bot) =>
        bot.Fake.Requests.Where(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Select(r => r.Path.Split('/')[1]);
}
