using System.Text.Json;

namespace Bot.Discord.Gateway;

// The parts of gateway events the bot reads; everything else in the payloads is ignored.

internal sealed record User(string Id, bool? Bot);

/// <summary>A guild member; in interactions <paramref name="Permissions"/> is their permission bitfield in that channel, as a decimal string.</summary>
internal sealed record Member(User? User, string? Permissions = null);

internal sealed record ApplicationRef(string Id);

internal sealed record Ready(string SessionId, string? ResumeGatewayUrl, User User, ApplicationRef Application)
{
    /// <summary>The parts the bot relies on, present: ids it puts in REST paths are snowflakes.</summary>
    public bool IsWellFormed => !string.IsNullOrEmpty(SessionId) && User is { Id: var user } && PathSegments.IsSnowflake(user)
        && Application is { Id: var application } && PathSegments.IsSnowflake(application);
}

internal sealed record Hello(int HeartbeatInterval);

internal sealed record OptionValue(string Name, int Type, JsonElement? Value, bool? Focused, OptionValue[]? Options);

internal sealed record InteractionData(string? Name, OptionValue[]? Options, string? CustomId);

internal sealed record Interaction(string Id, string ApplicationId, int Type, string Token, InteractionData? Data,
    string? GuildId, string? ChannelId, Member? Member, User? User)
{
    public const int Command = 2;
    public const int Component = 3;
    public const int Autocomplete = 4;

    /// <summary>Who pressed or typed: the member's user in a guild, the user in a DM.</summary>
    public string UserId => Member?.User?.Id ?? User?.Id ?? "unknown";

    /// <summary>Whether it can be answered: every id that goes into a REST path looks like Discord's.</summary>
    public bool IsWellFormed => PathSegments.IsSnowflake(Id) && PathSegments.IsSnowflake(ApplicationId) && PathSegments.IsToken(Token)
        && PathSegments.IsOptionalSnowflake(ChannelId) && PathSegments.IsOptionalSnowflake(GuildId);
}

internal sealed record Message(string Id, string ChannelId, string? GuildId, User Author, string? Content, User[]? Mentions, string? WebhookId,
    int? Type = null, JsonElement? Attachments = null, JsonElement? StickerItems = null, JsonElement? Embeds = null, JsonElement? Poll = null,
    JsonElement? MessageSnapshots = null)
{
    private const int Default = 0;
    private const int Reply = 19;

    /// <summary>Written by someone (Discord's DEFAULT or REPLY type), not a system message such as a pin, a join or a thread's start.</summary>
    public bool IsWritten => Type is null or Default or Reply;

    /// <summary>Whether it carries something besides text: files, stickers, embeds, a poll or a forwarded message.</summary>
    public bool HasMedia => new[] { Attachments, StickerItems, Embeds, Poll, MessageSnapshots }.Any(part => part is { } e
        && (e.ValueKind == JsonValueKind.Object || (e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > 0)));

    /// <summary>Whether it can be replied to: an author, and ids fit for REST paths.</summary>
    public bool IsWellFormed => PathSegments.IsSnowflake(Id) && PathSegments.IsSnowflake(ChannelId) && PathSegments.IsOptionalSnowflake(GuildId)
        && Author is { Id: not null };
}

// What the bot sends on the gateway.

internal sealed record GatewayCommand<T>(int Op, T D);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record Identify(string Token, int Intents, IdentifyProperties Properties, int[] Shard);

internal sealed record Resume(string Token, string SessionId, long? Seq);
