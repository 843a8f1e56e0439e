using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Telegram;

/// <summary>
/// Thousands of generated hostile updates through the fake Bot API: the bot never fails on one, answers
/// every well-formed question exactly once, and answers nothing twice.
/// </summary>
public sealed class TelegramFuzzTests
{
    private const int Seed = 20_240_611;
    private const int UpdateCount = 2_400;

    private static readonly string[] Pieces =
    [
        "who is Putin?", "Nazarbaev", "why did Kazakhstan refuse", "<b>bold</b>", "&amp;", "</blockquote><i>", "<script>", "&#x41;",
        "🇰🇿", "🤝🏽", "👨‍👩‍👧", "Қазақстан", "Россия и Казахстан", "中文问题", "مرحبا بالعالم", "हिन्दी", "עברית", "\u202e", "\u200b\u200d",
        "e\u0301", "\t", "   ", "@ArticleBot", "@OtherBot", "/start", "'\"", "\\", "*_~`|", "http://example.com/<x>", "1 < 2 && 3 > 2",
    ];

    private static readonly string[] EntityTypes = ["bold", "italic", "url", "mention", "hashtag", "bot_command", "text_mention", "code", "spoiler"];

    private static readonly string[] ForgedData = ["q:1:-1", "q:zz:99", "s:", "x", "q:1:0:0", "q::0", "s:\u0661", "q:1:+1", "", new string('q', 200)];

    private static readonly string[] Malformed =
    [
        "\"message\":{\"message_id\":\"not a number\",\"date\":1,\"chat\":{\"id\":7,\"type\":\"private\"},\"text\":\"hi\"}}",
        "\"message\":{\"message_id\":5,\"date\":1,\"chat\":5,\"text\":\"hi\"}}",
        "\"message\":[1,2,3]}",
        "\"message\":{\"message_id\":1,\"date\":99999999999999999999,\"chat\":{\"id\":1,\"type\":\"private\"}}}",
        "\"callback_query\":\"not an object\"}",
        "\"callback_query\":{\"id\":{},\"from\":null}}",
        "\"inline_query\":{\"id\":\"x\",\"from\":{\"id\":\"abc\"},\"query\":\"q\",\"offset\":\"\"}}",
        "\"message\":{\"message_id\":3,\"date\":1,\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":{\"nested\":[[[[]]]]}}}",
        "\"message\":{\"message_id\":3,\"date\":1,\"chat\":{\"id\":1.5e400,\"type\":\"private\"}}}",
    ];

    private static readonly string[] UnknownKinds =
    [
        "\"some_future_kind\":{\"id\":1,\"what\":\"is this\"}}",
        "\"poll\":{\"id\":\"p1\",\"question\":\"q\",\"options\":[],\"total_voter_count\":0,\"is_closed\":false,\"is_anonymous\":true,\"type\":\"regular\",\"allows_multiple_answers\":false}}",
        "\"message_reaction\":{\"chat\":{\"id\":1,\"type\":\"private\"},\"message_id\":1,\"date\":1,\"old_reaction\":[],\"new_reaction\":[]}}",
        "\"x\":null}",
    ];

    [Fact]
    public async Task HostileUpdates_AreEachHandledOnceAndWellFormedOnesAnsweredOnce_WhenThousandsArrive()
    {
        var random = new Random(Seed);
        var wellFormed = new List<(long Chat, int MessageId)>();
        var callbacks = new List<string>();
        var updates = new List<string>();
        for (var i = 0; i < UpdateCount; i++)
            updates.Add(Generate(random, i, wellFormed, callbacks));

        await using var api = await FakeBotApi.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(api, configure: s =>
        {
            s["Telegram:FloodMessages"] = "10000";
            s["Telegram:PerGroupMessages"] = "1000";
        });
        var last = api.EnqueueRaw([.. updates])[^1];

        await api.WaitUntilAsync(a => a.ConfirmedOffset > last, TimeSpan.FromMinutes(3));

        var replies = api.Sent.Where(s => s.ReplyTo is not null).GroupBy(s => (s.ChatId, MessageId: s.ReplyTo!.Value)).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(wellFormed, m => Assert.Equal(1, replies.GetValueOrDefault(m)));
        Assert.All(replies, r => Assert.Equal(1, r.Value));
        var answered = api.CallsTo("answerCallbackQuery").GroupBy(c => c.Body["callback_query_id"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(callbacks, id => Assert.Equal(1, answered.GetValueOrDefault(id)));
        Assert.All(api.CallsTo("answerInlineQuery").GroupBy(c => c.Body["inline_query_id"]!.GetValue<string>()), g => Assert.Single(g));
        Assert.DoesNotContain(api.Calls, c => c.Status == 400);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Level >= LogLevel.Error);
        var skipped = bot.Logs.Entries.Where(e => e.Message.StartsWith("Skipped Telegram update", StringComparison.Ordinal)).Select(e => e.Message.Split(' ')[3]).ToList();
        Assert.NotEmpty(skipped);
        Assert.Equal(skipped.Count, skipped.Distinct().Count());
    }

    /// <summary>One update's fields as raw JSON (after its update_id); well-formed questions and forged buttons are noted for the checks.</summary>
    private static string Generate(Random random, int index, List<(long Chat, int MessageId)> wellFormed, List<string> callbacks)
    {
        var messageId = 50_000 + index;
        var roll = random.Next(100);
        switch (roll)
        {
            case < 55:
                var user = 20_000 + random.Next(200);
                var text = random.Next(50) == 0 ? Huge(random) : HostileText(random);
                wellFormed.Add((user, messageId));
                return MessageField("message", PrivateChat(user), user, messageId, text, BogusEntities(random, text));
            case < 60:
                var group = -100_300_000 - random.Next(10);
                var addressed = "@ArticleBot " + HostileText(random);
                wellFormed.Add((group, messageId));
                return MessageField("message", $"{{\"id\":{group},\"type\":\"supergroup\",\"title\":\"Fuzz\"}}", 21_000 + random.Next(50), messageId, addressed,
                    "[{\"type\":\"mention\",\"offset\":0,\"length\":11}]");
            case < 65:
                // Lone surrogates never come from Telegram; reading them may fail, but must not break anything.
                var lonely = 22_000 + random.Next(50);
                return MessageField("message", PrivateChat(lonely), lonely, messageId, HostileText(random) + (random.Next(2) == 0 ? "\ud800" : "\udfff\ud83d") + " who?", "[]");
            case < 73:
                var id = $"cb{index}";
                callbacks.Add(id);
                var presser = 23_000 + random.Next(50);
                var data = random.Next(3) == 0 ? HostileText(random) : ForgedData[random.Next(ForgedData.Length)];
                return $"\"callback_query\":{{\"id\":\"{id}\",\"from\":{User(presser)},\"chat_instance\":\"ci\",\"data\":{Json(data)},"
                    + $"\"message\":{{\"message_id\":{messageId},\"date\":1,\"chat\":{PrivateChat(presser)},\"text\":\"an answer\"}}}}}}";
            case < 81:
                var asker = 24_000 + random.Next(50);
                return $"\"inline_query\":{{\"id\":\"iq{index}\",\"from\":{User(asker)},\"query\":{Json(random.Next(20) == 0 ? Huge(random) : HostileText(random))},\"offset\":\"\"}}}}";
            case < 86:
                return UnknownKinds[random.Next(UnknownKinds.Length)];
            case < 94:
                return Malformed[random.Next(Malformed.Length)];
            case < 97:
                var botUser = 25_000 + random.Next(10);
                return MessageField("message", PrivateChat(botUser), botUser, messageId, HostileText(random), "[]", isBot: true);
            default:
                var editor = 26_000 + random.Next(10);
                return MessageField("edited_message", PrivateChat(editor), editor, messageId, HostileText(random), "[]");
        }
    }

    /// <summary>Always starts with words, so it stays a question whatever entities claim about it.</summary>
    private static string HostileText(Random random)
    {
        var text = new StringBuilder(Pieces[random.Next(3)]);
        for (var n = random.Next(8); n > 0; n--)
            text.Append(random.Next(4) == 0 ? "" : " ").Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    private static string Huge(Random random)
    {
        var text = new StringBuilder("why did Kazakhstan refuse ");
        while (text.Length < 20_000 + random.Next(20_000))
            text.Append(Pieces[random.Next(Pieces.Length)]).Append(' ');
        return text.ToString();
    }

    /// <summary>Entities whose offsets and lengths may point anywhere: before the text, past it, into a surrogate pair.</summary>
    private static string BogusEntities(Random random, string text)
    {
        var entities = Enumerable.Range(0, random.Next(4)).Select(_ =>
        {
            var type = EntityTypes[random.Next(EntityTypes.Length)];
            var offset = random.Next(-5, text.Length + 5);
            var length = random.Next(-3, Math.Min(text.Length, 200) + 10);
            var user = type == "text_mention" ? $",\"user\":{User(random.Next(2) == 0 ? FakeBotApi.BotId : 27_000)}" : "";
            return $"{{\"type\":\"{type}\",\"offset\":{offset},\"length\":{length}{user}}}";
        });
        return $"[{string.Join(',', entities)}]";
    }

    private static string MessageField(string kind, string chat, long from, int messageId, string text, string entities, bool isBot = false) =>
        $"\"{kind}\":{{\"message_id\":{messageId},\"date\":1,\"chat\":{chat},\"from\":{User(from, isBot)},\"text\":{Json(text)},\"entities\":{entities}}}}}";

    private static string PrivateChat(long user) => $"{{\"id\":{user},\"type\":\"private\"}}";

    private static string User(long id, bool isBot = false) =>
        $"{{\"id\":{id},\"is_bot\":{(isBot ? "true" : "false")},\"first_name\":\"User{id}\"}}";

    /// <summary>A JSON string written by hand, escaping everything outside printable ASCII, so lone surrogates survive.</summary>
    private static string Json(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\')
                json.Append('\\').Append(c);
            else if (c is >= ' ' and <= '~')
                json.Append(c);
            else
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return json.Append('"').ToString();
    }
}
