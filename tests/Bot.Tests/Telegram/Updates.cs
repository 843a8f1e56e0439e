using System.Text.Json.Nodes;

namespace Bot.Tests.Telegram;

/// <summary>Small builders for the updates the fake serves, shaped like the Bot API's JSON.</summary>
public static class Updates
{
    private static int _nextMessageId;

    public static int NewMessageId() => Interlocked.Increment(ref _nextMessageId);

    /// <summary>A text message in a private chat (the chat id is the user's id), written long ago unless <paramref name="date"/> says when.</summary>
    public static JsonObject Private(long userId, string? text, int? messageId = null, DateTimeOffset? date = null)
    {
        var update = Message(new JsonObject { ["id"] = userId, ["type"] = "private" }, userId, text, messageId);
        if (date is { } at)
            update["message"]!["date"] = at.ToUnixTimeSeconds();
        return update;
    }

    /// <summary>The bot's own membership in a private chat changed: "kicked" when blocked, "member" when allowed again.</summary>
    public static JsonObject Membership(long userId, string status, DateTimeOffset date) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = new JsonObject { ["id"] = userId, ["type"] = "private" },
            ["from"] = User(userId),
            ["date"] = date.ToUnixTimeSeconds(),
            ["old_chat_member"] = new JsonObject { ["status"] = status == "member" ? "kicked" : "member", ["user"] = Bot(), ["until_date"] = 0 },
            ["new_chat_member"] = new JsonObject { ["status"] = status, ["user"] = Bot(), ["until_date"] = 0 },
        },
    };

    private static JsonObject Bot() => new() { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "Article Bot" };

    /// <summary>A text message in a supergroup; mentions of @name and commands get their entities.</summary>
    public static JsonObject Group(long chatId, long userId, string? text, int? messageId = null, int? replyToBotMessage = null)
    {
        var update = Message(new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "Briefing" }, userId, text, messageId);
        if (replyToBotMessage is { } id)
        {
            update["message"]!["reply_to_message"] = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = 1,
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "supergroup" },
                ["from"] = new JsonObject { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "Article Bot" },
                ["text"] = "an earlier answer",
            };
        }
        return update;
    }

    /// <summary>
    /// Turns a message update into one carrying <paramref name="kind"/> ("photo", "video", "sticker", "voice", "document" or
    /// "location"), shaped as Telegram sends it: any text becomes the caption, its entities the caption's entities.
    /// </summary>
    public static JsonObject Media(JsonObject update, string kind)
    {
        var message = update["message"]!.AsObject();
        if (message.Remove("text", out var text))
            message["caption"] = text;
        if (message.Remove("entities", out var entities))
            message["caption_entities"] = entities;
        message[kind] = kind switch
        {
            "photo" => new JsonArray(File(new JsonObject { ["width"] = 90, ["height"] = 60 })),
            "video" => File(new JsonObject { ["width"] = 640, ["height"] = 360, ["duration"] = 5 }),
            "sticker" => File(new JsonObject { ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false }),
            "voice" => File(new JsonObject { ["duration"] = 3 }),
            "document" => File(new JsonObject { ["file_name"] = "notes.pdf" }),
            "location" => new JsonObject { ["latitude"] = 51.17, ["longitude"] = 71.45 },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No builder for this kind of message."),
        };
        return update;
    }

    private static JsonObject File(JsonObject fields)
    {
        fields["file_id"] = $"f{Guid.NewGuid():N}";
        fields["file_unique_id"] = $"u{Guid.NewGuid():N}"[..16];
        return fields;
    }

    public static JsonObject Migrated(long oldChatId, long newChatId)
    {
        var update = Message(new JsonObject { ["id"] = oldChatId, ["type"] = "group" }, 1, null, null);
        update["message"]!["migrate_to_chat_id"] = newChatId;
        return update;
    }

    public static JsonObject Callback(long chatId, long userId, string data, int messageId) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cb{Guid.NewGuid():N}",
            ["from"] = User(userId),
            ["chat_instance"] = "ci",
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = 1,
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
                ["text"] = "an answer",
            },
        },
    };

    public static JsonObject Inline(long userId, string query) => new()
    {
        ["inline_query"] = new JsonObject { ["id"] = $"iq{Guid.NewGuid():N}", ["from"] = User(userId), ["query"] = query, ["offset"] = "" },
    };

    private static JsonObject Message(JsonObject chat, long userId, string? text, int? messageId)
    {
        var message = new JsonObject { ["message_id"] = messageId ?? NewMessageId(), ["date"] = 1, ["chat"] = chat, ["from"] = User(userId) };
        if (text is not null)
        {
            message["text"] = text;
            message["entities"] = Entities(text);
        }
        return new JsonObject { ["message"] = message };
    }

    private static JsonArray Entities(string text)
    {
        var entities = new JsonArray();
        if (text.StartsWith('/'))
        {
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            entities.Add(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = end < 0 ? text.Length : end });
        }
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            if (at > 0 && text[at - 1] != ' ')
                continue;
            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
                end++;
            entities.Add(new JsonObject { ["type"] = "mention", ["offset"] = at, ["length"] = end - at });
        }
        return entities;
    }

    private static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = $"User{id}" };
}
