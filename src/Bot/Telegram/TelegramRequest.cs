using Bot.Commands;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram;

/// <summary>Who the bot is on Telegram, learnt from getMe at start-up.</summary>
public sealed record BotIdentity(long Id, string Username, string FirstName);

/// <summary>
/// A message the bot should answer: a catalogue command (with its argument), an unknown command
/// aimed at the bot, or a plain question with any mention of the bot taken out.
/// </summary>
public sealed record TelegramRequest(ChatCommand? Command, string Text, string? UnknownCommand = null)
{
    private const int DeepLinkLimit = 64;

    /// <summary>
    /// Reads a text message, or returns null when it is not for the bot: /cmd@OtherBot, and in groups
    /// anything that neither mentions the bot nor replies to one of its messages.
    /// </summary>
    public static TelegramRequest? From(Message message, BotIdentity me)
    {
        var text = message.Text ?? "";
        var entities = message.Entities ?? [];
        var isGroup = message.Chat.Type is ChatType.Group or ChatType.Supergroup;
        if (entities.FirstOrDefault() is { Type: MessageEntityType.BotCommand, Offset: 0 } command && command.Length <= text.Length)
            return FromCommand(text[1..command.Length], text[command.Length..].Trim(), me, isGroup);

        var addressed = !isGroup || message.ReplyToMessage?.From?.Id == me.Id;
        foreach (var entity in entities.Reverse())
        {
            if (!Mentions(entity, text, me))
                continue;
            addressed = true;
            text = text.Remove(entity.Offset, entity.Length);
        }
        text = text.Trim();
        return addressed && text.Length > 0 ? new TelegramRequest(null, text) : null;
    }

    private static TelegramRequest? FromCommand(string token, string argument, BotIdentity me, bool isGroup)
    {
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var aimedAtMe = at >= 0 && token[(at + 1)..].Equals(me.Username, StringComparison.OrdinalIgnoreCase);
        if (at >= 0 && !aimedAtMe)
            return null;
        var name = at >= 0 ? token[..at] : token;
        if (CommandCatalogue.Find(name) is { } known)
            return new TelegramRequest(known, known.Name == "start" && !IsDeepLinkPayload(argument) ? "" : argument);
        // In a group an unknown bare /cmd may belong to another bot, so only answer when named.
        return isGroup && !aimedAtMe ? null : new TelegramRequest(null, argument, name);
    }

    /// <summary>Deep links carry at most 64 characters of A-Z, a-z, 0-9, '_' and '-'; anything else after /start is not one.</summary>
    private static bool IsDeepLinkPayload(string argument) =>
        argument.Length <= DeepLinkLimit && argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static bool Mentions(MessageEntity entity, string text, BotIdentity me) => entity.Type switch
    {
        MessageEntityType.Mention => entity.Offset + entity.Length <= text.Length
            && text.AsSpan(entity.Offset + 1, entity.Length - 1).Equals(me.Username, StringComparison.OrdinalIgnoreCase),
        MessageEntityType.TextMention => entity.User?.Id == me.Id,
        _ => false,
    };
}
