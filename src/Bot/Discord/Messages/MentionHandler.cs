using System.Text.RegularExpressions;
using Bot.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Engine.Query;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Messages;

/// <summary>
/// Treats a message that mentions the bot in a guild, or any DM, as a question and answers with a
/// reply to it. Bots, webhooks and the bot itself are ignored, so bots never talk in loops.
/// </summary>
internal sealed partial class MentionHandler(QueryEngine engine, CommandHandler commands, AnswerRenderer renderer, DiscordRestClient rest,
    GatewaySession session, ILogger<MentionHandler> logger)
{
    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        var self = session.UserId;
        if (message.Author.Bot == true || message.WebhookId is not null || message.Author.Id == self)
            return;
        var isDm = message.GuildId is null;
        if (!isDm && message.Mentions?.Any(u => u?.Id == self) != true)
            return;

        var text = MentionPattern().Replace(message.Content ?? "", m => m.Groups[1].Value == self ? " " : m.Value).Trim();
        List<MessagePayload> pages;
        try
        {
            pages = renderer.Render(Ask(DiscordConversation.Id(message.ChannelId, message.Author.Id), text));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.AnswerFailed(logger, ex);
            pages = [AnswerRenderer.Failure];
        }
        pages[0] = pages[0] with { MessageReference = new MessageReference(message.Id, FailIfNotExists: false) };
        foreach (var page in pages)
            await rest.CreateMessageAsync(message.ChannelId, page, cancellationToken);
    }

    // "/who x" typed in a message means the same as the slash command.
    private Answer Ask(string conversationId, string text)
    {
        if (text.Length == 0)
            text = "/help";
        if (text.StartsWith('/'))
        {
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var name = space < 0 ? text[1..] : text[1..space];
            if (CommandCatalogue.Find(name) is { } command)
                return commands.Handle(conversationId, DiscordConversation.Platform, command, space < 0 ? "" : text[space..]);
        }
        return engine.Ask(new Question(conversationId, text, DiscordConversation.Platform));
    }

    [GeneratedRegex(@"<@!?(\d+)>")]
    private static partial Regex MentionPattern();
}
