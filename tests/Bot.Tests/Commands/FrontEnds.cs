using System.Text.Json.Nodes;
using Bot.Commands;
using Bot.ConsoleChat;
using Bot.Digests;
using Bot.Engine;
using Bot.Engine.Query;
using Bot.Tests.Discord.Fakes;
using Bot.Tests.Telegram;
using BotUnderTest = Bot.Tests.Discord.Fakes.BotUnderTest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Commands;

/// <summary>What a front end showed for one command: the reply's text, and whether it was shaped as an engine answer.</summary>
public sealed record Shown(string Text, bool AsAnswer, string DigestTitle);

/// <summary>Sends one typed command line ("/who X") through a real adapter and reads back what the user would see.</summary>
public static class FrontEnds
{
    public const string Telegram = "telegram";
    public const string DiscordSlash = "discord slash command";
    public const string DiscordMention = "discord mention";
    public const string Console = "console";

    private const ulong ManageChannels = 1 << 4;

    public static readonly string[] All = [Telegram, DiscordSlash, DiscordMention, Console];

    /// <summary>A guild where the member who writes (42) holds a role with Manage Channels.</summary>
    public static FakeResponse? ManagerGuild(RecordedRequest request) => request switch
    {
        { Method: "GET", Path: "guilds/77" } => new(200, """{"id":"77","owner_id":"1","roles":[{"id":"77","permissions":"0"},{"id":"9","permissions":"16"}]}"""),
        { Method: "GET", Path: "guilds/77/members/42" } => new(200, """{"roles":["9"]}"""),
        { Method: "GET", Path: "channels/55" } => new(200, """{"id":"55","permission_overwrites":[]}"""),
        _ => null,
    };

    public static async Task<Shown> SendAsync(string frontEnd, string line) => frontEnd switch
    {
        Telegram => await TelegramAsync(line),
        DiscordSlash => await DiscordSlashAsync(line),
        DiscordMention => await DiscordMentionAsync(line),
        _ => await ConsoleAsync(line),
    };

    private static async Task<Shown> TelegramAsync(string line)
    {
        await using var running = await RunningBot.StartAsync();
        var reply = await running.AskAsync(Updates.Private(601, line));
        var title = DigestTitle(running.Bot.Services, "telegram", "601");
        return new Shown(reply.PlainText ?? "", !reply.Text.StartsWith("<b>", StringComparison.Ordinal) || line.StartsWith("/start", StringComparison.Ordinal), title);
    }

    private static async Task<Shown> DiscordSlashAsync(string line)
    {
        await using var bot = await BotUnderTest.StartAsync();
        var request = CommandRequest.Parse(line);
        var argument = request.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var interaction = request.Command switch
        {
            { Argument: ArgumentKind.Schedule } => Events.CommandWith(request.Command.Name, ("time", argument[0]), ("zone", argument[1])),
            { ArgumentName: { } option } when request.Text.Length > 0 => Events.Command(request.Command.Name, option, request.Text),
            _ => Events.Command(request.Command!.Name),
        };
        interaction.WithPermissions(ManageChannels);
        var connection = await bot.Fake.WaitForReadyAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", interaction);
        var data = (await bot.Fake.WaitForRequestAsync("POST", $"interactions/{interaction["id"]}/")).Json["data"]!;
        return Discord(data, DigestTitle(bot.Host.Services, "discord", "55"));
    }

    private static async Task<Shown> DiscordMentionAsync(string line)
    {
        await using var bot = await BotUnderTest.StartAsync(fake => fake.Script = ManagerGuild);
        var connection = await bot.Fake.WaitForReadyAsync();
        await connection.DispatchAsync("MESSAGE_CREATE", Events.Message($"<@{FakeDiscordServer.BotId}> {line}"));
        var data = (await bot.Fake.WaitForRequestAsync("POST", "channels/55/messages")).Json;
        return Discord(data, DigestTitle(bot.Host.Services, "discord", "55"));
    }

    private static Shown Discord(JsonNode data, string digestTitle)
    {
        var embed = data["embeds"]?[0];
        var text = string.Join('\n', (string?)data["content"], (string?)embed?["title"], (string?)embed?["description"]);
        // Discord text comes escaped for markdown; the test reads it as the user sees it.
        return new Shown(text.Replace("\\", "", StringComparison.Ordinal), embed?["description"] is not null, digestTitle);
    }

    private static async Task<Shown> ConsoleAsync(string line)
    {
        var data = Path.Combine(Path.GetTempPath(), "bot-console-" + Guid.NewGuid().ToString("N"));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Seeds:Path"] = Path.Combine(AppContext.BaseDirectory, "seeds"),
            ["Digests:DataDirectory"] = data,
        });
        builder.Services.AddLogging();
        builder.AddEngine();
        builder.AddDigests();
        builder.Services.AddSingleton<ChatCommands>();
        using var host = builder.Build();
        var output = new StringWriter();
        using var chat = ActivatorUtilities.CreateInstance<ConsoleChatService>(host.Services, new StringReader(line + "\n"), output);
        await chat.StartAsync(CancellationToken.None);
        await chat.ExecuteTask!;
        var title = DigestTitle(host.Services, "console", "console");
        var text = output.ToString();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(data))
            Directory.Delete(data, recursive: true);
        return new Shown(text, !text.StartsWith(title, StringComparison.Ordinal), title);
    }

    private static string DigestTitle(IServiceProvider services, string platform, string chatId) =>
        services.GetRequiredService<DigestService>().ForToday(platform, chatId,
            platform == "console" ? Bot.Digests.DigestSchedule.FindZone(TimeZoneInfo.Local.Id) : null).Title;

    public static string ActorName() => new QueryEngine(Bot.Engine.Loading.SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds")))
        .Entities().First(e => e.IsActor).Name;
}
