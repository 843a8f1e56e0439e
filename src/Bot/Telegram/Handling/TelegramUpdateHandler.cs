using System.Globalization;
using Bot.Commands;
using Bot.Engine.Query;
using Bot.Storage;
using Bot.Telegram.Chats;
using Bot.Telegram.Rendering;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace Bot.Telegram.Handling;

/// <summary>Handles one update: questions and commands in chats, follow-up buttons, inline queries and membership changes.</summary>
internal sealed class TelegramUpdateHandler(BotIdentity me, TelegramSender sender, ChatCommands commands,
    QueryEngine engine, AnswerRenderer renderer, FollowUpStore followUps, FloodControl flood, ChatDirectory chats, ReplyProgress progress,
    ILogger<TelegramUpdateHandler> logger)
{
    private readonly string _source = $"{Platform}:{me.Id.ToString(CultureInfo.InvariantCulture)}";

    public const string Platform = "telegram";
    private const int InlineTitleLimit = 64;
    private const int InlineQueryLimit = 256;
    private const string FloodNotice = "You're sending messages faster than I can answer. Please wait a minute before asking again.";
    private const string ExpiredButton = "This button has expired. Please ask again.";
    private const string TextOnly = "I can only read text, so photos, stickers, voice messages, files and locations pass me by.";


    /// <summary>Updates with the same key are handled in order; different keys run concurrently.</summary>
    public static long OrderingKey(Update update) => update switch
    {
        { Message: { } message } => message.Chat.Id,
        { CallbackQuery: { Message: { } message } } => message.Chat.Id,
        { CallbackQuery: { } query } => query.From.Id,
        { InlineQuery: { } query } => query.From.Id,
        { MyChatMember: { } change } => change.Chat.Id,
        _ => 0,
    };

    public Task HandleAsync(Update update, CancellationToken cancellationToken) => update switch
    {
        { Message: { } message } => OnMessageAsync(update.Id, message, cancellationToken),
        { CallbackQuery: { } query } => OnCallbackQueryAsync(update.Id, query, cancellationToken),
        { InlineQuery: { } query } => OnInlineQueryAsync(query, cancellationToken),
        { MyChatMember: { } change } => OnMembershipChanged(change),
        _ => Task.CompletedTask,
    };

    private async Task OnMessageAsync(int updateId, Message message, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is { } newChatId)
        {
            chats.Migrate(message.Chat.Id, newChatId);
            return;
        }
        if (message.From is not { IsBot: false } from || message.Chat.Type == ChatType.Channel || TelegramRequest.From(message, me) is not { } addressed)
            return;
        var chat = message.Chat;
        chats.WroteAt(chat.Id, new DateTimeOffset(message.Date, TimeSpan.Zero));
        var verdict = flood.Check(from.Id);
        if (verdict != FloodVerdict.Allowed)
        {
            Log.Flooding(logger, from.Id, verdict);
            if (verdict == FloodVerdict.Notify)
                await sender.SendAsync(chat.Id, IsGroup(chat), new RenderedMessage(FloodNotice, FloodNotice), message.Id, null, cancellationToken);
            return;
        }
        if (addressed.Request is not { } request)
        {
            await SendAnswerAsync(updateId, chat, message.Id, renderer.Render(new CommandReply.Usage(TextOnlyNote(chat), [])), null, cancellationToken);
            return;
        }
        await using var typing = sender.StartTyping(chat.Id, cancellationToken);
        var context = new CommandContext(Platform, chat.Id.ToString(CultureInfo.InvariantCulture), ConversationId(chat, from),
            chat.Type == ChatType.Private ? CommandContext.Always : ct => IsAdminAsync(chat, from, ct), BotName: me.FirstName);
        var reply = await commands.HandleAsync(request, context, cancellationToken);
        await SendAnswerAsync(updateId, chat, message.Id, renderer.Render(reply), (reply as CommandReply.Answered)?.Answer, cancellationToken);
    }

    /// <summary>The reply to media without words, saying how to ask where it was sent.</summary>
    private string TextOnlyNote(Chat chat) => IsGroup(chat)
        ? $"{TextOnly} Type your question with @{me.Username} in it, or as a reply to me, or send /help for the commands."
        : $"{TextOnly} Type your question about the article, e.g. \"what is the article about?\", or send /help for the commands.";

    /// <summary>In a group only its administrators and creator manage the digest; a refused or failed lookup counts as "no".</summary>
    private async Task<bool> IsAdminAsync(Chat chat, User from, CancellationToken cancellationToken)
    {
        ChatMember? member = null;
        await sender.CallAsync(async (bot, ct) => member = await bot.GetChatMember(chat.Id, from.Id, ct), chat.Id, cancellationToken);
        return member?.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
    }

    private async Task OnCallbackQueryAsync(int updateId, CallbackQuery query, CancellationToken cancellationToken)
    {
        var press = CallbackData.Parse(query.Data);
        var followUp = press is { } p ? followUps.Find(p.Key) : null;
        // Data we did not make, state that is gone, or an index past the suggestions: a stale or forged button.
        var live = (press, followUp) switch
        {
            ({ Kind: 's' }, not null) => true,
            ({ Kind: 'q', Index: var index }, { } known) => index < known.Suggestions.Count,
            _ => false,
        };
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        // Always answered, first, so the button's spinner stops whatever happens next.
        await sender.CallAsync((bot, ct) => bot.AnswerCallbackQuery(query.Id, live ? null : ExpiredButton, showAlert: false, cancellationToken: ct),
            chatId, cancellationToken);
        if (!live || query.Message is not { } message)
            return;
        if (press!.Value.Kind == 'q')
        {
            var answer = engine.Ask(new Question(ConversationId(message.Chat, query.From), followUp!.Suggestions[press.Value.Index], Platform));
            await SendAnswerAsync(updateId, message.Chat, message.Id, AnswerRenderer.Render(answer), answer, cancellationToken);
        }
        else
        {
            await SendAnswerAsync(updateId, message.Chat, message.Id, renderer.RenderSources(followUp!.Evidence), null, cancellationToken);
        }
    }

    private async Task OnInlineQueryAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        var verdict = flood.Check(query.From.Id);
        if (verdict != FloodVerdict.Allowed)
            Log.Flooding(logger, query.From.Id, verdict);
        if (verdict == FloodVerdict.Drop)
            return;
        // Telegram caps inline queries at 256 characters; a longer one is not from a real client.
        var text = TelegramHtml.Shorten(TelegramRequest.WellFormed(query.Query).Trim(), InlineQueryLimit);
        InlineQueryResult[] results = verdict == FloodVerdict.Allowed && text.Length > 0 ? [InlineAnswer(query.From.Id, text)] : [];
        await sender.CallAsync((bot, ct) => bot.AnswerInlineQuery(query.Id, results, cacheTime: 0, isPersonal: true, cancellationToken: ct),
            query.From.Id, cancellationToken);
    }

    /// <summary>One inline conversation per user: a conversation per query would let one user push everyone's context out.</summary>
    private InlineQueryResultArticle InlineAnswer(long userId, string text)
    {
        var answer = engine.Ask(new Question($"tg:inline:{userId}", text, Platform));
        var message = AnswerRenderer.Render(answer)[0];
        return new InlineQueryResultArticle("answer", TelegramHtml.Shorten(text, InlineTitleLimit), new InputTextMessageContent(message.Html) { ParseMode = ParseMode.Html })
        {
            Description = TelegramHtml.Shorten(answer.Text, InlineTitleLimit),
        };
    }

    private Task OnMembershipChanged(ChatMemberUpdated change)
    {
        if (change.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
            chats.MarkInactive(change.Chat.Id, new DateTimeOffset(change.Date, TimeSpan.Zero));
        else
            chats.MarkActive(change.Chat.Id);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Replies with the first message, sends the rest in order, and puts the follow-up keyboard under the last. A reply in several
    /// parts records each part delivered, so when the update comes again after a crash only the parts not yet delivered are sent.
    /// </summary>
    private async Task SendAnswerAsync(int updateId, Chat chat, int replyTo, IReadOnlyList<RenderedMessage> messages, Answer? answer,
        CancellationToken cancellationToken)
    {
        var followUp = answer is { } a && (a.Suggestions.Count > 0 || a.Evidence.Count > 0) ? new FollowUp(a.Suggestions, a.Evidence) : null;
        var keyboard = followUp is null ? null : AnswerRenderer.Keyboard(followUps.Add(followUp), followUp);
        var replyId = updateId.ToString(CultureInfo.InvariantCulture);
        var inParts = messages.Count > 1;
        for (var i = inParts ? progress.PartsSent(_source, replyId) : 0; i < messages.Count; i++)
        {
            var report = await sender.SendAsync(chat.Id, IsGroup(chat), messages[i], i == 0 ? replyTo : null,
                i == messages.Count - 1 ? keyboard : null, cancellationToken);
            if (!report.Sent)
                return;
            if (inParts)
                progress.Sent(_source, replyId, i + 1);
        }
    }

    /// <summary>One conversation per private chat, and per person in a group, so follow-ups keep their context.</summary>
    private static string ConversationId(Chat chat, User from) => IsGroup(chat) ? $"tg:{chat.Id}:{from.Id}" : $"tg:{chat.Id}";

    private static bool IsGroup(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;
}
