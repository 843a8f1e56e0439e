using System.Text.Json;
using Bot.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Engine.Query;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Interactions;

/// <summary>
/// Answers slash commands, button presses and autocomplete. Every interaction is acknowledged
/// within Discord's 3 s: the answer itself when the engine is quick, else a deferral and then an
/// edit of the original response.
/// </summary>
internal sealed class InteractionHandler(QueryEngine engine, CommandHandler commands, AnswerRenderer renderer, DiscordRestClient rest,
    DiscordOptions options, TimeProvider time, ILogger<InteractionHandler> logger)
{
    public Task HandleAsync(Interaction interaction, long receivedAt, CancellationToken cancellationToken) => interaction.Type switch
    {
        Interaction.Command => AnswerAsync(interaction, () => AskCommand(interaction), receivedAt, cancellationToken),
        Interaction.Component when interaction.Data?.CustomId is { } id && id.StartsWith(ComponentIds.Sources, StringComparison.Ordinal) =>
            ReplyAsync(interaction, renderer.RenderSources(id, MessagePayload.Ephemeral), cancellationToken),
        Interaction.Component when interaction.Data?.CustomId is { } id && id.StartsWith(ComponentIds.Ask, StringComparison.Ordinal) =>
            AnswerAsync(interaction, () => engine.Ask(new Question(Conversation(interaction), id[ComponentIds.Ask.Length..], DiscordConversation.Platform)),
                receivedAt, cancellationToken),
        Interaction.Autocomplete => rest.RespondAsync(interaction.Id, interaction.Token, Autocomplete.Suggest(engine, interaction), cancellationToken),
        _ => Task.CompletedTask,
    };

    private Answer AskCommand(Interaction interaction)
    {
        var command = CommandCatalogue.Find(interaction.Data?.Name ?? "") ?? CommandCatalogue.Help;
        var argument = interaction.Data?.Options?.FirstOrDefault()?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() ?? "" : "";
        return commands.Handle(Conversation(interaction), DiscordConversation.Platform, command, argument);
    }

    private async Task AnswerAsync(Interaction interaction, Func<Answer> ask, long receivedAt, CancellationToken cancellationToken)
    {
        var work = Task.Run(() => Render(ask), cancellationToken);
        var left = options.DeferAfter - time.GetElapsedTime(receivedAt);
        if (!work.IsCompleted && left > TimeSpan.Zero)
            await Task.WhenAny(work, Task.Delay(left, time, cancellationToken));
        if (work.IsCompleted)
        {
            await ReplyAsync(interaction, await work, cancellationToken);
            return;
        }
        await rest.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionResponse.DeferredChannelMessage), cancellationToken);
        var pages = await work;
        await rest.EditOriginalAsync(interaction.ApplicationId, interaction.Token, pages[0], cancellationToken);
        await FollowUpAsync(interaction, pages, cancellationToken);
    }

    private async Task ReplyAsync(Interaction interaction, List<MessagePayload> pages, CancellationToken cancellationToken)
    {
        await rest.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionResponse.ChannelMessage, pages[0]), cancellationToken);
        await FollowUpAsync(interaction, pages, cancellationToken);
    }

    private async Task FollowUpAsync(Interaction interaction, List<MessagePayload> pages, CancellationToken cancellationToken)
    {
        foreach (var page in pages.Skip(1))
            await rest.FollowUpAsync(interaction.ApplicationId, interaction.Token, page, cancellationToken);
    }

    private List<MessagePayload> Render(Func<Answer> ask)
    {
        try
        {
            return renderer.Render(ask());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            return [AnswerRenderer.Failure];
        }
    }

    private static string Conversation(Interaction interaction) => DiscordConversation.Id(interaction.ChannelId, interaction.UserId);
}
