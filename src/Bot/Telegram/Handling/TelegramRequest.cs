using System.Text;
using Bot.Commands;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Handling;

/// <summary>Who the bot is on Telegram, learnt from getMe at start-up.</summary>
internal sealed record BotIdentity(long Id, string Username, string FirstName);

/// <summary>
/// A message addressed to the bot: the <paramref name="Request"/> its words make, or none when it holds no words
/// the bot reads (a photo, sticker, voice message, file or location sent without any).
/// </summary>
internal sealed record AddressedMessage(CommandRequest? Request);

/// <summary>
/// Reads a message the bot should answer into a request for the command layer: a command (with its
/// argument), or a plain question with any mention of the bot taken out.
/// </summary>
internal static class TelegramRequest
{
    /// <summary>Media a person sends; service messages (members joining, pins, …) are none of these and stay unanswered.</summary>
    private static readonly HashSet<MessageType> Media =
    [
        MessageType.Photo, MessageType.Video, MessageType.Animation, MessageType.Audio, MessageType.Voice, MessageType.VideoNote,
        MessageType.Document, MessageType.Sticker, MessageType.Location, MessageType.Venue, MessageType.Contact, MessageType.Poll,
        MessageType.Dice, MessageType.Story, MessageType.PaidMedia,
    ];

    /// <summary>
    /// Reads a message's text, or a photo's or video's caption the same way (a bare mention of the bot asks for the help), or
    /// returns null when it is not for the bot: /cmd@OtherBot, in groups anything that neither mentions the bot nor replies to one of its messages, and
    /// anything else without words. Entities are trusted only inside the text's bounds; any other offset or length is ignored.
    /// </summary>
    public static AddressedMessage? From(Message message, BotIdentity me)
    {
        var text = message.Text ?? message.Caption ?? "";
        var entities = ((message.Text is null ? message.CaptionEntities : message.Entities) ?? []).Where(e => InBounds(e, text)).ToList();
        var isGroup = message.Chat.Type is ChatType.Group or ChatType.Supergroup;
        if (entities.FirstOrDefault() is { Type: MessageEntityType.BotCommand, Offset: 0, Length: > 1 } command && text[0] == '/')
            return FromCommand(WellFormed(text[1..command.Length]), WellFormed(text[command.Length..]).Trim(), me, isGroup) is { } request
                ? new AddressedMessage(request)
                : null;

        var mentions = entities.Where(e => Mentions(e, text, me)).ToList();
        var addressed = !isGroup || message.ReplyToMessage?.From?.Id == me.Id || mentions.Count > 0;
        // Mentions of the bot are taken out by position in the original text, so overlapping ones cannot misplace a cut.
        var question = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!mentions.Any(m => i >= m.Offset && i < m.Offset + m.Length))
                question.Append(text[i]);
        }
        // An entity may end inside a surrogate pair; the half left behind must not reach the engine.
        var asked = WellFormed(question.ToString()).Trim();
        return (addressed, asked.Length > 0) switch
        {
            (true, true) => new AddressedMessage(CommandRequest.Question(asked)),
            (true, false) when Media.Contains(message.Type) => new AddressedMessage(null),
            // Someone who calls the bot by name and says nothing more wants to know what it can do (as a bare mention does on
            // Discord); staying silent would look like a bot that is down.
            (true, false) when mentions.Count > 0 => new AddressedMessage(new CommandRequest(CommandCatalogue.Help, "")),
            _ => null,
        };
    }

    /// <summary>
    /// Text with any lone surrogate replaced by U+FFFD: Telegram never sends one, but a forged update or
    /// a cut at a bogus entity offset may leave one, and text normalisation and JSON encoding refuse them.
    /// </summary>
    public static string WellFormed(string text)
    {
        char[]? fixedText = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                (fixedText ??= text.ToCharArray())[i] = '\uFFFD';
        }
        return fixedText is null ? text : new string(fixedText);
    }

    private static bool InBounds(MessageEntity entity, string text) =>
        entity.Offset >= 0 && entity.Length > 0 && (long)entity.Offset + entity.Length <= text.Length;

    private static CommandRequest? FromCommand(string token, string argument, BotIdentity me, bool isGroup)
    {
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var aimedAtMe = at >= 0 && token[(at + 1)..].Equals(me.Username, StringComparison.OrdinalIgnoreCase);
        if (at >= 0 && !aimedAtMe)
            return null;
        var name = at >= 0 ? token[..at] : token;
        var request = CommandRequest.Named(name, argument);
        // In a group an unknown bare /cmd may belong to another bot, so only answer when named.
        return request.UnknownCommand is not null && isGroup && !aimedAtMe ? null : request;
    }

    private static bool Mentions(MessageEntity entity, string text, BotIdentity me) => entity.Type switch
    {
        MessageEntityType.Mention => entity.Length > 1 && text[entity.Offset] == '@'
            && text.AsSpan(entity.Offset + 1, entity.Length - 1).Equals(me.Username, StringComparison.OrdinalIgnoreCase),
        MessageEntityType.TextMention => entity.User?.Id == me.Id,
        _ => false,
    };
}
