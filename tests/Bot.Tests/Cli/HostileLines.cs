using System.Text;

namespace Bot.Tests.Cli;

/// <summary>
/// Deterministic hostile input for <c>ask --jsonl</c>: random bytes, huge and nested values, lone surrogates,
/// control characters, markup, emoji, other scripts, wrong types, stray CRs and blank lines, among real questions.
/// No line holds a LF: each is one input line.
/// </summary>
public static class HostileLines
{
    private static readonly string[] Questions =
    [
        "who is putin", "what did he say?", "and kazakhstan?", "why?", "who is vladimir", "what is kazakhstan's gdp",
        "compare moscow's and astana's view of karabakh", "when did the veterans protest", "tell me more", "2",
    ];

    private static readonly string[] Oddities =
    [
        "<b>who</b> is <i>putin</i>", "**who** is `putin` [x](http://e.x)", "@everyone @here <@&123> who is putin",
        "<script>alert(1)</script>", "кто такой путин?", "普京是谁", "من هو بوتين؟", "פוטין", "ปูตินคือใคร",
        "👨‍👩‍👧‍👦🇰🇿🏳️‍🌈 who?", "e\u0301\u0301\u0301\u0301 zalgo", "\u202Eniltup si ohw", "\uFEFF\u200B\u2028\u2029who",
        "\\ud800", "\\udfff\\ud800", "\\u0000\\u001f\\u007f", "%s%n%x {0} ${x} {{x}}", "'; DROP TABLE chats; --",
    ];

    public static List<byte[]> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var lines = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
            lines.Add(Line(random, i));
        return lines;
    }

    private static byte[] Line(Random random, int index)
    {
        if (index % 1000 == 999)
            return Utf8(Json("huge", new string((char)('a' + random.Next(26)), random.Next(2) == 0 ? 70_000 : 30_000)));
        return random.Next(12) switch
        {
            0 => RandomBytes(random, random.Next(0, 300)),
            1 => Utf8(Json(Chat(random), Pick(random, Oddities))),
            2 => Utf8($$"""{"chat":"{{Chat(random)}}","text":"{{Pick(random, Oddities)}}"}"""),
            3 => Utf8(Nested(random)),
            4 => Utf8(WrongTypes(random)),
            5 => Utf8(Json(Chat(random), Pick(random, Questions)) + Pick(random, ["\r", "\r\r", " \r ", "\t"])),
            6 => Utf8(Pick(random, ["", " ", "\t", "\r", "  \t  ", "\u00A0", "\u3000"])),
            7 => Utf8(ControlCharacters(random)),
            8 => Utf8(Json(new string('c', random.Next(200, 400)), "who is putin")),
            9 => Utf8("{\"chat\":\"a\",\"text\":\"who\ris putin\"}"),
            _ => Utf8(Json(Chat(random), Pick(random, Questions))),
        };
    }

    private static string Json(string chat, string text) =>
        $"{{\"chat\":{System.Text.Json.JsonSerializer.Serialize(chat)},\"text\":{System.Text.Json.JsonSerializer.Serialize(text)}}}";

    private static string Chat(Random random) => random.Next(4) == 0 ? "c" + random.Next(100_000) : "c" + random.Next(5);

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
                bytes[i] = 0xED;
        }
        return bytes;
    }

    private static string Nested(Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(1, 80) : random.Next(1000, 5000);
        return random.Next(3) switch
        {
            0 => new string('[', depth) + new string(']', depth),
            1 => string.Concat(Enumerable.Repeat("{\"text\":", depth)) + "\"x\"" + new string('}', depth),
            _ => "{\"chat\":\"n\",\"text\":\"who\",\"extra\":" + new string('[', depth) + new string(']', depth) + "}",
        };
    }

    private static string WrongTypes(Random random) => Pick(random,
    [
        """{"chat":"a","text":42}""", """{"chat":"a","text":null}""", """{"chat":"a","text":["who is putin"]}""",
        """{"chat":"a","text":{"q":"who"}}""", """{"chat":["a"],"text":"who is putin"}""", """{"chat":{},"text":"hi"}""",
        """{"chat":true,"text":"hi"}""", """{"chat":1e400,"text":"hi"}""", """{"chat":-0.0,"text":"hi"}""",
        """{"chat":"a","text":"who","text":"why"}""", """{"text":"who is putin"}""", """{}""", """null""", """42""",
        """ "who is putin" """, """[{"chat":"a","text":"who"}]""", """{"chat":"a","text":"who is putin"} trailing""",
        """{"chat":"a","text":"who is putin",}""", """{'chat':'a','text':'who'}""", """{"chat":"a","text":"unterminated""",
    ]);

    private static string ControlCharacters(Random random)
    {
        var raw = new StringBuilder();
        for (var i = 0; i < random.Next(1, 20); i++)
        {
            var c = (char)random.Next(0, 32);
            raw.Append(c == '\n' ? '\u0085' : c);
        }
        return random.Next(2) == 0 ? Json("ctl", "who " + raw + " putin") : "{\"chat\":\"ctl\",\"text\":\"" + raw + "\"}";
    }
}
