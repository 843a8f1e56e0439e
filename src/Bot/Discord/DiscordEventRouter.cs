using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Messages;

namespace Bot.Discord;

/// <summary>A gateway event to handle, with the moment it arrived (the 3 s interaction clock starts then).</summary>
internal sealed record Dispatch(string Type, JsonElement Data, long ReceivedAt);

/// <summary>Sends each gateway event the bot cares about to its handler.</summary>
internal sealed class DiscordEventRouter(InteractionHandler interactions, MentionHandler mentions, SlashCommands slashCommands, GatewaySession session)
{
    public Task HandleAsync(Dispatch dispatch, CancellationToken cancellationToken) => dispatch.Type switch
    {
        "READY" when session.ApplicationId is { } applicationId => slashCommands.EnsureRegisteredAsync(applicationId, cancellationToken),
        "INTERACTION_CREATE" => interactions.HandleAsync(Read(dispatch, DiscordJson.Default.Interaction), dispatch.ReceivedAt, cancellationToken),
        "MESSAGE_CREATE" => mentions.HandleAsync(Read(dispatch, DiscordJson.Default.Message), cancellationToken),
        _ => Task.CompletedTask,
    };

    private static T Read<T>(Dispatch dispatch, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        dispatch.Data.Deserialize(type) ?? throw new JsonException($"Empty {dispatch.Type} payload.");
}
