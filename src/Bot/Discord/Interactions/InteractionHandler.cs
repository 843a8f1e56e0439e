using System.Text.Json;
using Bot.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Engine.Query;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>Sends an interaction's first response: to Discord's callback endpoint (gateway) or as the HTTP reply (interactions endpoint).</summary>
internal delegate Task Respond(byte[] response, CancellationToken cancellationToken);

/// <summary>
/// Answers slash commands (through the command layer), button presses and autocomplete, whether they came over the gateway
/// or the HTTP endpoint. Every interaction is acknowledged within Discord's 3 s: the answer itself when the engine is quick,
/// else a deferral and then an edit of the original response.
/// </summary>
internal sealed class InteractionHandler(QueryEngine engine, ChatCommands commands, AnswerRenderer renderer, DiscordRestClient rest, DiscordOptions options, TimeProvider time, ILogger<InteractionHandler> logger)
{
    /// <summary>Answers a well-formed interaction (see <see cref="Interaction.IsWellFormed"/>); every type gets a response.</summary>
    public Task HandleAsync(Interaction interaction, long receivedAt, Respond respond, CancellationToken cancellationToken) => interaction.Type switch
    {
        Interaction.Command => AnswerAsync(interaction, respond, ct => RespondToCommandAsync(interaction, ct), receivedAt, cancellationToken),
        Interaction.Component => PressAsync(interaction, respond, receivedAt, cancellationToken),
        Interaction.Autocomplete => respond(JsonSerializer.SerializeToUtf8Bytes(Suggest(interaction), DiscordJson.Default.AutocompleteResponse), cancellationToken),
        _ => ReplyAsync(interaction, respond, [AnswerRenderer.Unreadable], cancellationToken),
    };

    /// <summary>Answers through Discord's callback endpoint, as interactions from the gateway are.</summary>
    public Task HandleAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken) =>
        HandleAsync(interaction, receivedAt, (response, ct) => rest.CallbackAsync(interaction.Id, interaction.Token, response, ct), cancellationToken);

    /// <summary>Acknowledges an interaction whose payload could not be read, when its id and token at least are usable.</summary>
    public Task RejectAsync(JsonElement payload, CancellationToken cancellationToken) =>
        payload.ValueKind == JsonValueKind.Object && Text(payload, "id") is { } id && PathSegments.IsSnowflake(id)
            && Text(payload, "token") is { } token && PathSegments.IsToken(token)
            ? rest.RespondAsync(id, token, new InteractionResponse(InteractionResponse.ChannelMessage, AnswerRenderer.Unreadable), cancellationToken)
            : Task.CompletedTask;

    private static string? Text(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Button ids come back from the client: only ids the bot could have made are honoured, anything else has "expired".</summary>
    private Task PressAsync(Interaction interaction, Respond respond, long receivedAt, CancellationToken cancellationToken)
    {
        var id = interaction.Data?.CustomId ?? "";
        if (ComponentIds.ParseQuestion(id) is { } question)
            return AnswerAsync(interaction, respond, _ => Task.FromResult(renderer.Render(engine.Ask(new Question(Conversation(interaction), question, DiscordConversation.Platform)))),
                receivedAt, cancellationToken);
        if (renderer.RenderSources(id, MessagePayload.Ephemeral) is { } sources)
            return ReplyAsync(interaction, respond, sources, cancellationToken);
        var shown = DiscordText.Truncate(DiscordText.Clean(id), DiscordLimits.CustomId);
        Log.ButtonExpired(logger, shown);
        return ReplyAsync(interaction, respond, [AnswerRenderer.Expired], cancellationToken);
    }

    private AutocompleteResponse Suggest(Interaction interaction)
    {
        try
        {
            return Autocomplete.Suggest(engine, interaction);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            return new AutocompleteResponse(new AutocompleteData([]));
        }
    }

    /// <summary>
    /// The options' values, in order, are the command's argument (/subscribe's time and zone). Digests and
    /// subscriptions belong to the channel, the one the digest sender posts to; a refusal is shown only to whoever asked.
    /// </summary>
    private async Task<List<MessagePayload>> RespondToCommandAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var request = CommandRequest.Named(interaction.Data?.Name ?? "", string.Join(' ', StringOptions(interaction)));
        var mayManage = Permissions.MayManageChannel(interaction);
        var context = new CommandContext(DiscordConversation.Platform, interaction.ChannelId ?? interaction.UserId, Conversation(interaction),
            _ => Task.FromResult(mayManage));
        return renderer.Render(await commands.HandleAsync(request, context, cancellationToken), privately: true);
    }

    private static IEnumerable<string> StringOptions(Interaction interaction) =>
        (interaction.Data?.Options ?? []).Select(o => o.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null).OfType<string>();

    /// <summary>
    /// Answers on this worker (no thread hop in the common case); a timer sends the deferral
    /// meanwhile if the answer is not ready by Discord:DeferAfter after the interaction arrived.
    /// </summary>
    private async Task AnswerAsync(Interaction interaction, Respond respond, Func<CancellationToken, Task<List<MessagePayload>>> render, long receivedAt,
        CancellationToken cancellationToken)
    {
        var deferral = new Deferral(() => Send(respond, new InteractionResponse(InteractionResponse.DeferredChannelMessage), cancellationToken));
        var left = options.DeferAfter - time.GetElapsedTime(receivedAt);
        List<MessagePayload> pages;
        using (time.CreateTimer(static state => ((Deferral)state!).Start(), deferral, left > TimeSpan.Zero ? left : TimeSpan.Zero, Timeout.InfiniteTimeSpan))
            pages = await RenderAsync(render, cancellationToken);
        if (deferral.TryAnswerDirectly())
        {
            await ReplyAsync(interaction, respond, pages, cancellationToken);
            return;
        }
        await deferral.Sent;
        await rest.EditOriginalAsync(interaction.ApplicationId, interaction.Token, pages[0], cancellationToken);
        await FollowUpAsync(interaction, pages, cancellationToken);
    }

    private async Task ReplyAsync(Interaction interaction, Respond respond, List<MessagePayload> pages, CancellationToken cancellationToken)
    {
        await Send(respond, new InteractionResponse(InteractionResponse.ChannelMessage, pages[0]), cancellationToken);
        await FollowUpAsync(interaction, pages, cancellationToken);
    }

    private static Task Send(Respond respond, InteractionResponse response, CancellationToken cancellationToken) =>
        respond(JsonSerializer.SerializeToUtf8Bytes(response, DiscordJson.Default.InteractionResponse), cancellationToken);

    private async Task FollowUpAsync(Interaction interaction, List<MessagePayload> pages, CancellationToken cancellationToken)
    {
        foreach (var page in pages.Skip(1))
            await rest.FollowUpAsync(interaction.ApplicationId, interaction.Token, page, cancellationToken);
    }

    private async Task<List<MessagePayload>> RenderAsync(Func<CancellationToken, Task<List<MessagePayload>>> respond, CancellationToken cancellationToken)
    {
        try
        {
            return await respond(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            return [AnswerRenderer.Failure];
        }
    }

    private static string Conversation(Interaction interaction) => DiscordConversation.Id(interaction.ChannelId, interaction.UserId);

    /// <summary>Exactly one of "answer directly" and "defer" wins, whichever comes first.</summary>
    private sealed class Deferral(Func<Task> send)
    {
        private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _state;

        public Task Sent => _sent.Task;

        public bool TryAnswerDirectly() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

        public void Start()
        {
            if (Interlocked.CompareExchange(ref _state, 2, 0) == 0)
                _ = SendAsync();
        }

        private async Task SendAsync()
        {
            try
            {
                await send();
                _sent.TrySetResult();
            }
            catch (Exception ex)
            {
                _sent.TrySetException(ex);
            }
        }
    }
}
