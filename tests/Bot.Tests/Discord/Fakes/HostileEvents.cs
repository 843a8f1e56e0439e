using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Discord.Fakes;

/// <summary>What the bot owes for one generated event.</summary>
public enum Owed { Nothing, Reply, Acknowledgement, AtMostOneReply }

/// <summary>One generated gateway event: its type, its data as raw JSON, and what the bot owes for it.</summary>
public sealed record HostileEvent(string Type, string Data, Owed Owed, string? Id = null, string? Token = null);

/// <summary>
/// Deterministically generated hostile gateway events: huge, malformed, mistyped, forged or merely
/// strange, mixed with well-formed questions in every script and markup.
/// </summary>
public sealed class HostileEvents(int seed, IReadOnlyList<string> actors)
{
    // Placeholders the JSON writer escapes harmlessly; swapped for lone surrogate escapes afterwards.
    private const string LoneHigh = "LONE-HIGH-SURROGATE";
    private const string LoneLow = "LONE-LOW-SURROGATE";

    private static readonly string[] Pieces =
    [
        "who is {actor}?", "what did {actor} say", "@everyone", "@here", "<@900>", "<@!900>", "<@&123>", "<#55>", "**bold** __under__ ~~gone~~",
        "`code` ```block```", "> quoted", "# heading", "[link](https://example.com)", "||spoiler||", "\u202Ereversed\u202C", "zero\u200Bwidth",
        "ctrl\u0000\u0007\u001b[31m", "🏳️‍🌈 👨‍👩‍👧 🇰🇿", "Кто такой Назарбаев?", "ما هو موقف كازاخستان؟", "哈萨克斯坦的立场是什么", "कज़ाख़स्तान", "ไทย",
        LoneHigh, LoneLow, "\\", "\"", "' OR 1=1 --", "${jndi:ldap://x}", "%s%n", "/who", "/subscribe 25:99 Mars/Olympus", "and why?", "\n\n\n",
    ];

    private static readonly string[] ForgedCustomIds =
    [
        "src:-1.2", "src:0.-1", "src:2147483648.1", "src:0.1,-5.3", "src:", "ask:", "ask:    ", "nope", "", "src:a.b", "src:0.1" + new string(',', 150),
        "ask:" + new string('x', 300), "src:0." + LoneHigh, "ask:@everyone", "ask:" + LoneLow,
    ];

    private static readonly string[] CommandNames = ["who", "ask", "events", "positions", "timeline", "about", "actors", "help", "digest", "subscribe", "unsubscribe", "nope", ""];

    private readonly Random _random = new(seed);

    public IEnumerable<HostileEvent> Generate(int count)
    {
        for (var i = 0; i < count; i++)
            yield return Next();
    }

    private HostileEvent Next() => _random.Next(100) switch
    {
        < 8 => DirectMessage(Text()),
        < 14 => Question(Events.Message(Text() + " <@900>", inGuild: true)),
        < 18 => Silent(Events.Message(Text(), inGuild: true, mentionsBot: false)),
        < 21 => Silent(Events.Message(Text(), inGuild: false, authorIsBot: true)),
        < 23 => Silent(Events.Message(Text(), inGuild: false, authorId: FakeDiscordServer.BotId)),
        < 25 => Silent(Events.Message(Text(), inGuild: false, webhookId: "12")),
        < 38 => Acknowledged(Command()),
        < 50 => Acknowledged(Events.Button(Pick(ForgedCustomIds))),
        < 56 => Acknowledged(Events.Button(Capped("ask:" + Text(), 100))),
        < 64 => Acknowledged(Events.Autocomplete(Pick(CommandNames), _random.Next(2) == 0 ? "actor" : "zone", Text())),
        < 78 => Mistyped(Events.Interaction(_random.Next(1, 6), new JsonObject { ["custom_id"] = Pick(ForgedCustomIds), ["name"] = Pick(CommandNames) })),
        < 86 => Mistyped(Events.Message(Text(), inGuild: _random.Next(2) == 0)),
        < 93 => new HostileEvent(Pick(["TYPING_START", "GUILD_CREATE", "PRESENCE_UPDATE", "MESSAGE_UPDATE", "ZZZ_UNKNOWN", "", "READY_NOT"]), Surrogates(Value()), Owed.Nothing),
        _ => new HostileEvent(Pick(["MESSAGE_CREATE", "INTERACTION_CREATE"]), Pick(["null", "5", "\"text\"", "[]", "[{}]", "true", "{}"]), Owed.Nothing),
    };

    private JsonObject Command()
    {
        var name = Pick(CommandNames);
        return _random.Next(3) == 0
            ? Events.CommandWith(name, ("time", Text()), ("zone", Text()))
            : Events.Command(name, Pick(["actor", "question", "topic", "year", "x"]), Text());
    }

    /// <summary>A DM is a question unless nothing is written in it.</summary>
    private static HostileEvent DirectMessage(string text) =>
        string.IsNullOrWhiteSpace(text) ? Silent(Events.Message(text, inGuild: false)) : Question(Events.Message(text, inGuild: false));

    private static HostileEvent Question(JsonObject message) => new("MESSAGE_CREATE", Json(message), Owed.Reply, (string)message["id"]!);

    private static HostileEvent Silent(JsonObject message) => new("MESSAGE_CREATE", Json(message), Owed.Nothing, (string)message["id"]!);

    private static HostileEvent Acknowledged(JsonObject interaction) =>
        new("INTERACTION_CREATE", Json(interaction), Owed.Acknowledgement, (string)interaction["id"]!, (string)interaction["token"]!);

    /// <summary>One field replaced by a value of the wrong type, or removed. An interaction that keeps its id and token is still owed an acknowledgement.</summary>
    private HostileEvent Mistyped(JsonObject payload)
    {
        var isInteraction = payload.ContainsKey("token");
        var id = (string)payload["id"]!;
        var fields = payload.Select(p => p.Key).ToList();
        if (isInteraction)
            fields.Remove("id");
        var field = Pick([.. fields]);
        var target = _random.Next(3) == 0 && payload[field] is JsonObject inner && inner.Count > 0 ? inner : payload;
        var key = target == payload ? field : Pick([.. target.Select(p => p.Key)]);
        if (_random.Next(4) == 0)
            target.Remove(key);
        else
            target[key] = JsonNode.Parse(Value());
        if (!isInteraction)
            return new HostileEvent("MESSAGE_CREATE", Json(payload), Owed.AtMostOneReply, id);
        // A token that could not be Discord's cannot be used to answer (it would go into the REST path).
        var token = payload["token"] is JsonValue t && t.TryGetValue<string>(out var text) && text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? text
            : null;
        return new HostileEvent("INTERACTION_CREATE", Json(payload),
            token is null ? Owed.Nothing : Owed.Acknowledgement, id, token);
    }

    /// <summary>A JSON value of any type, sometimes deeply nested or huge.</summary>
    private string Value() => _random.Next(10) switch
    {
        0 => "null",
        1 => _random.Next(-5, 5).ToString(CultureInfo.InvariantCulture),
        2 => "1e308",
        3 => "true",
        4 => "[1, \"two\", {\"three\": [3]}]",
        5 => "{\"id\": {\"id\": {\"id\": 1}}}",
        6 => new string('[', 50) + new string(']', 50),
        7 => "-99999999999999999999999",
        _ => JsonValue.Create(Text()).ToJsonString(),
    };

    /// <summary>Question-ish text from hostile pieces, now and then enormous.</summary>
    private string Text()
    {
        var sb = new StringBuilder();
        for (var n = _random.Next(1, 5); n > 0; n--)
            sb.Append(Pick(Pieces).Replace("{actor}", Pick([.. actors]), StringComparison.Ordinal)).Append(' ');
        if (_random.Next(40) == 0)
            sb.Insert(0, string.Concat(Enumerable.Repeat(Pick(Pieces) + " ", _random.Next(1_000, 20_000))));
        return sb.ToString().Trim();
    }

    private static string Capped(string text, int length) => text.Length <= length ? text : text[..length];

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Json(JsonNode node) => Surrogates(node.ToJsonString());

    private static string Surrogates(string json) => json
        .Replace(LoneHigh, "\\ud800", StringComparison.Ordinal)
        .Replace(LoneLow, "\\udc00", StringComparison.Ordinal);
}
