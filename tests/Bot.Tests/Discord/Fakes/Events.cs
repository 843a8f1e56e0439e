using System.Text.Json.Nodes;

namespace Bot.Tests.Discord.Fakes;

/// <summary>Builders for the gateway events the tests send.</summary>
public static class Events
{
    private static int _ids = 1000;

    public static string NextId() => Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject Command(string name, string? option = null, string? value = null, string? id = null) => Interaction(2, new JsonObject
    {
        ["id"] = "1",
        ["name"] = name,
        ["type"] = 1,
        ["options"] = option is null ? new JsonArray() : new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = value }),
    }, id);

    public static JsonObject CommandWith(string name, params (string Name, string Value)[] options) => Interaction(2, new JsonObject
    {
        ["id"] = "1",
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray([.. options.Select(o => new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value })]),
    });

    /// <summary>The interaction as sent by a guild member with this permission bitfield in the channel.</summary>
    public static JsonObject WithPermissions(this JsonObject interaction, ulong permissions)
    {
        interaction["member"]!["permissions"] = permissions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return interaction;
    }

    /// <summary>The interaction as sent in a DM: no guild or member, the user at top level, the DM channel.</summary>
    public static JsonObject InDm(this JsonObject interaction)
    {
        interaction.Remove("guild_id");
        interaction.Remove("member");
        interaction["user"] = new JsonObject { ["id"] = "42", ["username"] = "someone" };
        interaction["channel_id"] = "66";
        return interaction;
    }

    public static JsonObject Autocomplete(string name, string option, string typed) => Interaction(4, new JsonObject
    {
        ["id"] = "1",
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }),
    });

    public static JsonObject Button(string customId) => Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });

    public static JsonObject Interaction(int type, JsonObject data, string? id = null) => new()
    {
        ["id"] = id ?? NextId(),
        ["application_id"] = FakeDiscordServer.ApplicationId,
        ["type"] = type,
        ["token"] = "itoken-" + NextId(),
        ["data"] = data,
        ["guild_id"] = "77",
        ["channel_id"] = "55",
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "42", ["username"] = "someone" } },
        ["version"] = 1,
    };

    public static JsonObject Message(string content, bool inGuild = true, bool mentionsBot = true, string authorId = "42", bool authorIsBot = false,
        string? webhookId = null, string? id = null)
    {
        var message = new JsonObject
        {
            ["id"] = id ?? NextId(),
            ["channel_id"] = inGuild ? "55" : "66",
            ["author"] = new JsonObject { ["id"] = authorId, ["username"] = "someone", ["bot"] = authorIsBot },
            ["content"] = content,
            ["mentions"] = mentionsBot ? new JsonArray(new JsonObject { ["id"] = FakeDiscordServer.BotId }) : new JsonArray(),
            ["webhook_id"] = webhookId,
        };
        if (inGuild)
            message["guild_id"] = "77";
        return message;
    }
}
