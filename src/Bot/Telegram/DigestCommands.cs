using System.Globalization;
using Bot.Digests;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>
/// /digest, /subscribe and /unsubscribe on Telegram: answered by the digest services rather than the
/// engine. Subscriptions are keyed by the chat id the digest sender posts to.
/// </summary>
public sealed class DigestCommands(DigestService digests, SubscriptionService subscriptions, AnswerRenderer renderer, TelegramSender sender)
{
    /// <summary>The reply to a digest command, or null when <paramref name="request"/> is not one.</summary>
    public async Task<IReadOnlyList<RenderedMessage>?> TryRespondAsync(TelegramRequest request, Chat chat, User from, CancellationToken cancellationToken)
    {
        var chatId = chat.Id.ToString(CultureInfo.InvariantCulture);
        return request.Command?.Name switch
        {
            "digest" => renderer.RenderDigest(digests.ForToday(TelegramUpdateHandler.Platform, chatId)),
            "subscribe" => Plain(subscriptions.Subscribe(TelegramUpdateHandler.Platform, chatId, request.Text,
                await MayManageAsync(chat, from, cancellationToken))),
            "unsubscribe" => Plain(subscriptions.Unsubscribe(TelegramUpdateHandler.Platform, chatId,
                await MayManageAsync(chat, from, cancellationToken))),
            _ => null,
        };
    }

    /// <summary>Anyone may manage their private chat; in a group only its administrators and creator.</summary>
    private async Task<bool> MayManageAsync(Chat chat, User from, CancellationToken cancellationToken)
    {
        if (chat.Type == ChatType.Private)
            return true;
        ChatMember? member = null;
        // A refused or failed lookup counts as "not an admin": the reply then says who may do it.
        await sender.CallAsync(async (bot, ct) => member = await bot.GetChatMember(chat.Id, from.Id, ct), chat.Id, cancellationToken);
        return member?.Status is ChatMemberStatus.Administrator or ChatMemberStatus.Creator;
    }

    private static IReadOnlyList<RenderedMessage> Plain(string text) => TelegramHtml.Pack([new HtmlBlock(text)]);
}
