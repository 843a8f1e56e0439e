using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Messages;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>
/// A gateway event to handle, its id when it has one, the moment it arrived (the 3 s interaction clock starts then), and
/// what to call once it is done with (handled, failed for good, dropped or a duplicate), so the saved session moves past it.
/// </summary>
internal sealed record Dispatch(string Type, string? Id, JsonElement Data, long ReceivedAt, Action? Handled = null);

/// <summary>
/// Sends each gateway event the bot cares about to its handler. Payloads are read defensively: one
/// with wrong types, missing fields or ids unfit for a REST path is never handled as if it were
/// sound; an interaction among them is still acknowledged when it can be.
/// </summary>
internal sealed class DiscordEventRouter(InteractionHandler interactions, MentionHandler mentions, SlashCommands slashCommands, BotIdentity identity,
    ILogger<DiscordEventRouter> logger)
{
    private static readonly HashSet<string> HandledTypes = ["READY", "RESUMED", "INTERACTION_CREATE", "MESSAGE_CREATE"];

    /// <summary>Whether events of this type are worth queueing at all.</summary>
    public static bool Handles(string type) => HandledTypes.Contains(type);

    public Task HandleAsync(Dispatch dispatch, CancellationToken cancellationToken) => dispatch.Type switch
    {
        // A bot restarted on a saved session sees no READY, so its first RESUMED checks the commands too.
        "READY" or "RESUMED" when identity.ApplicationId is { } applicationId => slashCommands.EnsureRegisteredAsync(applicationId, cancellationToken),
        "INTERACTION_CREATE" => Read(dispatch, DiscordJson.Default.Interaction) is { IsWellFormed: true } interaction
            ? interactions.HandleAsync(interaction, dispatch.ReceivedAt, cancellationToken)
            : Malformed(dispatch, interactions.RejectAsync(dispatch.Data, cancellationToken)),
        "MESSAGE_CREATE" => Read(dispatch, DiscordJson.Default.Message) is { IsWellFormed: true } message
            ? mentions.HandleAsync(message, cancellationToken)
            : Malformed(dispatch, Task.CompletedTask),
        _ => Task.CompletedTask,
    };

    private Task Malformed(Dispatch dispatch, Task reply)
    {
        Log.Malformed(logger, dispatch.Type);
        return reply;
    }

    private static T? Read<T>(Dispatch dispatch, JsonTypeInfo<T> type) where T : class
    {
        if (dispatch.Data.ValueKind != JsonValueKind.Object)
            return null;
        try
        {
            return dispatch.Data.Deserialize(type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
