using System.Text.RegularExpressions;
using Bot.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Messages;

/// <summary>
/// Answers a message that mentions the bot in a guild, or any DM, with a reply to it: a question, or
/// a command typed as text ("/digest", "/subscribe 08:00 Europe/Berlin"), through the command layer.
/// Bots, webhooks, the bot itself and system messages (pins, joins) are ignored, so bots never talk in loops; files, stickers and the
/// like without words get a note that only text is read, and a DM with nothing in it gets nothing. Each part of a reply is recorded once
/// delivered, so a message Discord replays after a restart gets only the parts not delivered before (none when all were).
/// </summary>
internal sealed partial class MentionHandler(ChatCommands commands, AnswerRenderer renderer, GuildPermissions permissions, DiscordRestClient rest,
    BotIdentity identity, ReplyProgress progress, ILogger<MentionHandler> logger)
{
    private const string TextOnly = "I can only read text, so images, files, stickers, embeds and polls pass me by.";
    private const string TextOnlyInDm = TextOnly + " Type your question about the article, e.g. \"what is the article about?\", or send /help for the commands.";
    private const string TextOnlyInGuild = TextOnly + " Mention me with your question in the same message, or use /ask.";

    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        var self = identity.UserId;
        if (message.Author.Bot == true || message.WebhookId is not null || message.Author.Id == self || !message.IsWritten)
            return;
        var isDm = message.GuildId is null;
        if (!isDm && message.Mentions?.Any(u => u?.Id == self) != true)
            return;

        var text = MentionPattern().Replace(message.Content ?? "", m => m.Groups[1].Value == self ? " " : m.Value).Trim();
        var mediaOnly = text.Length == 0 && message.HasMedia;
        // A DM with nothing written in it and nothing attached asks nothing; a bare mention asks what the bot can do.
        if (isDm && string.IsNullOrWhiteSpace(message.Content) && !message.HasMedia)
            return;
        var request = text.Length == 0 ? new CommandRequest(CommandCatalogue.Help, "") : CommandRequest.Parse(text);
        var context = new CommandContext(DiscordConversation.Platform, message.ChannelId, DiscordConversation.Id(message.ChannelId, message.Author.Id),
            message.GuildId is { } guildId ? ct => permissions.MayManageChannelAsync(guildId, message.ChannelId, message.Author.Id, ct) : CommandContext.Always);
        List<MessagePayload> pages;
        try
        {
            pages = renderer.Render(mediaOnly
                ? new CommandReply.Usage(isDm ? TextOnlyInDm : TextOnlyInGuild, [])
                : await commands.HandleAsync(request, context, cancellationToken), privately: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            pages = [AnswerRenderer.Failure];
        }
        pages[0] = pages[0] with { MessageReference = new MessageReference(message.Id, FailIfNotExists: false) };
        var source = $"{DiscordConversation.Platform}:{self}";
        // Keyed by the question, so a retried post that Discord already made is not posted again.
        for (var i = progress.PartsSent(source, message.Id); i < pages.Count; i++)
        {
            await rest.CreateMessageAsync(message.ChannelId, MessageNonce.Enforce(pages[i], $"reply:{message.Id}#{i}"), cancellationToken);
            progress.Sent(source, message.Id, i + 1);
        }
    }

    [GeneratedRegex(@"<@!?(\d+)>")]
    private static partial Regex MentionPattern();
}
