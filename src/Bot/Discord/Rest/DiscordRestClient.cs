using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bot.Discord.Rest;

/// <summary>The handful of Discord REST endpoints the bot uses, typed.</summary>
internal sealed class DiscordRestClient(RestTransport transport)
{
    /// <summary>Where to connect and how; an answer without a WebSocket URL (a proxy's error page, say) is a <see cref="JsonException"/>.</summary>
    public async Task<GatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var gateway = Read(await transport.SendAsync(new RestRoute(HttpMethod.Get, "gateway/bot", "gateway/bot", ""), null, cancellationToken),
            DiscordJson.Default.GatewayBot);
        return Uri.TryCreate(gateway.Url, UriKind.Absolute, out var url) && url.Scheme is "ws" or "wss" && gateway.SessionStartLimit is not null
            ? gateway
            : throw new JsonException("Discord's GET /gateway/bot answer holds no WebSocket URL and session start limit.");
    }

    /// <summary>The bot's own application, for its id when no gateway READY tells it.</summary>
    public async Task<Application> GetApplicationAsync(CancellationToken cancellationToken) =>
        Read(await transport.SendAsync(new RestRoute(HttpMethod.Get, "applications/@me", "applications/@me", ""), null, cancellationToken), DiscordJson.Default.Application);

    public Task RespondAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        CallbackAsync(interactionId, token, JsonSerializer.SerializeToUtf8Bytes(response, DiscordJson.Default.InteractionResponse), cancellationToken);


    public Task EditOriginalAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken) =>
        transport.SendAsync(Webhook(HttpMethod.Patch, "/messages/@original", applicationId, token), Write(message), cancellationToken);

    public Task FollowUpAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken) =>
        transport.SendAsync(Webhook(HttpMethod.Post, "", applicationId, token), Write(message), cancellationToken);

    public async Task<string> CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken)
    {
        var route = new RestRoute(HttpMethod.Post, "channels/{channel_id}/messages", $"channels/{channelId}/messages", channelId,
            NonceEnforced: message.EnforceNonce == true);
        return Read(await transport.SendAsync(route, Write(message), cancellationToken), DiscordJson.Default.CreatedMessage).Id;
    }

    public async Task<ApplicationCommand[]> GetCommandsAsync(string applicationId, string? guildId, CancellationToken cancellationToken) =>
        Read(await transport.SendAsync(Commands(HttpMethod.Get, applicationId, guildId), null, cancellationToken), DiscordJson.Default.ApplicationCommandArray);

    public Task OverwriteCommandsAsync(string applicationId, string? guildId, ApplicationCommand[] commands, CancellationToken cancellationToken) =>
        transport.SendAsync(Commands(HttpMethod.Put, applicationId, guildId),
            JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJson.Default.ApplicationCommandArray), cancellationToken);

    public async Task<Guild> GetGuildAsync(string guildId, CancellationToken cancellationToken) =>
        Read(await transport.SendAsync(new RestRoute(HttpMethod.Get, "guilds/{guild_id}", $"guilds/{guildId}", guildId), null, cancellationToken),
            DiscordJson.Default.Guild);

    public async Task<GuildMember> GetGuildMemberAsync(string guildId, string userId, CancellationToken cancellationToken) =>
        Read(await transport.SendAsync(new RestRoute(HttpMethod.Get, "guilds/{guild_id}/members/{user_id}", $"guilds/{guildId}/members/{userId}", guildId),
            null, cancellationToken), DiscordJson.Default.GuildMember);

    public async Task<GuildChannel> GetChannelAsync(string channelId, CancellationToken cancellationToken) =>
        Read(await transport.SendAsync(new RestRoute(HttpMethod.Get, "channels/{channel_id}", $"channels/{channelId}", channelId), null, cancellationToken),
            DiscordJson.Default.GuildChannel);

    /// <summary>An interaction's first response, already serialized.</summary>
    public Task CallbackAsync(string interactionId, string token, byte[] json, CancellationToken cancellationToken) =>
        transport.SendAsync(new RestRoute(HttpMethod.Post, "interactions/{id}/{token}/callback", $"interactions/{interactionId}/{token}/callback",
            interactionId, InteractionRoute: true), json, cancellationToken);

    private static RestRoute Webhook(HttpMethod method, string suffix, string applicationId, string token) =>
        new(method, "webhooks/{id}/{token}" + suffix, $"webhooks/{applicationId}/{token}{suffix}", applicationId + "/" + token, InteractionRoute: true);

    private static RestRoute Commands(HttpMethod method, string applicationId, string? guildId) => guildId is null
        ? new(method, "applications/{id}/commands", $"applications/{applicationId}/commands", applicationId)
        : new(method, "applications/{id}/guilds/{guild_id}/commands", $"applications/{applicationId}/guilds/{guildId}/commands", guildId);

    private static byte[] Write(MessagePayload message) => JsonSerializer.SerializeToUtf8Bytes(message, DiscordJson.Default.MessagePayload);

    private static T Read<T>(byte[] body, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(body, type) ?? throw new JsonException($"Discord sent an empty {typeof(T).Name}.");
}
