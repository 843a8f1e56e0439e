using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Engine.Tests.Support;

/// <summary>
/// Turns a real question into what a stranger might type instead: words dropped, swapped or doubled, cut
/// mid-word, shouted, sprinkled with punctuation, emoji, invisible or right-to-left characters and markup,
/// other numbers and dates, names from an article put in the wrong question, or blown up to a wall of text.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed partial class QuestionMutator(Random random, IReadOnlyList<string> names)
{
    private static readonly string[] Noise =
    [
        "?", "??", "!", ".", ",", ";", ":", "'", "\"", "«", "»", "“", "”", "‘", "’", "(", ")", "[", "]", "{", "}", "<", ">",
        "*", "_", "~", "`", "|", "/", "\\", "-", "–", "—", "…", "#", "@", "&", "%", "$", "^", "+", "=", "'s", "s'",
        "🤔", "🔥", "🇷🇺", "👍🏽", "👨‍👩‍👧", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad",
        "\u202e", "\u202c", "\u200f", "\u061f", "\u0301", "\u0308", "\u20dd", "\ud800", "\udc00", "\0", "\u0007", "\t", "\n", "\r\n",
        "\u00a0", "\u3000", "кто", "что", "沙", "ش", "א", "ß", "İ", "ı", "ﬁ", "Ⅻ", "²", "٣", "𝐰𝐡𝐨", "\u212a", "ǅ", "ΐ", "ﬃ", "Å",
    ];

    private static readonly string[] Dates =
    [
        "1999", "2017", "2024", "0", "-3", "12345678901234567890", "31 February 2099", "June 22", "june 31", "May 0",
        "22.06.2017", "2017-06-22", "9/11", "the 1st", "the 32nd", "1990s", "last year", "yesterday", "Q3", "3rd of July 1800",
        "10 billion", "$5bn", "£300 million", "50%", "1e9", "NaN", "½", "MMXVII",
    ];

    private static readonly (string Open, string Close)[] Markup =
    [
        ("<b>", "</b>"), ("**", "**"), ("`", "`"), ("```", "```"), ("<script>", "</script>"), ("[", "](http://x.y)"),
        ("> ", ""), ("&amp;", "&lt;"), ("<@123456789>", ""), ("@everyone ", ""), ("/start ", ""), ("||", "||"), ("\"", "\""),
        ("(", ")"), ("'", "'"), ("«", "»"),
    ];

    public string Mutate(string question)
    {
        var text = question;
        var count = random.Next(4);
        for (var i = 0; i < count; i++)
            text = MutateOnce(text);
        return text;
    }

    private string MutateOnce(string text) => random.Next(18) switch
    {
        16 or 17 => Typo(text),
        0 => EditWords(text, (words, at) => words.RemoveAt(at)),
        1 => EditWords(text, (words, at) => (words[at], words[(at + 1) % words.Count]) = (words[(at + 1) % words.Count], words[at])),
        2 => EditWords(text, (words, at) => words.Insert(at, words[at])),
        3 => text.Length < 2 ? text : text[..random.Next(1, text.Length)],
        4 => FlipCase(text),
        5 or 6 => text.Insert(random.Next(text.Length + 1), Pick(Noise)),
        7 => DigitRuns().Replace(text, _ => Pick(Dates), 1),
        8 => EditWords(text, (words, at) => words.Insert(at, Pick(Dates))),
        9 or 10 => names.Count == 0 ? text : EditWords(text, (words, at) => words[at] = Pick(names)),
        11 => Wrap(text),
        12 => Long(text),
        13 => text.Length == 0 ? "?" : text[random.Next(text.Length)].ToString(),
        14 => Spacing(text),
        _ => text + Pick([" and ", "? ", "; ", " & ", ". Also, ", " or "]) + Pick(names.Count == 0 ? ["why"] : names) + "?",
    };

    /// <summary>A slip of the keyboard: one letter dropped, doubled, replaced or two swapped.</summary>
    private string Typo(string text)
    {
        if (text.Length < 2)
            return text;
        var at = random.Next(text.Length - 1);
        var letter = (char)('a' + random.Next(26));
        return random.Next(4) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, text[at].ToString()),
            2 => text.Remove(at, 1).Insert(at, letter.ToString()),
            _ => string.Concat(text[..at], text[at + 1].ToString(), text[at].ToString(), text[(at + 2)..]),
        };
    }

    private string EditWords(string text, Action<List<string>, int> edit)
    {
        var words = text.Split(' ').ToList();
        if (words.Count == 0)
            return text;
        edit(words, random.Next(words.Count));
        return string.Join(' ', words);
    }

    private string FlipCase(string text) => random.Next(3) switch
    {
        0 => text.ToUpperInvariant(),
        1 => text.ToLowerInvariant(),
        _ => string.Concat(text.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))),
    };

    private string Wrap(string text)
    {
        var (open, close) = Pick(Markup);
        var words = text.Split(' ');
        var at = random.Next(words.Length);
        words[at] = open + words[at] + close;
        return string.Join(' ', words);
    }

    private string Long(string text) => random.Next(3) switch
    {
        0 => string.Concat(Enumerable.Repeat(text + " ", 1 + random.Next(60))),
        1 => text + " " + new string(text.Length == 0 ? 'a' : text[random.Next(text.Length)], random.Next(2000)),
        _ => string.Join(' ', Enumerable.Range(0, random.Next(300)).Select(_ => Pick(names.Count == 0 ? ["x"] : names))),
    };

    private string Spacing(string text) => random.Next(4) switch
    {
        0 => text.Replace(" ", "", StringComparison.Ordinal),
        1 => text.Replace(" ", "   ", StringComparison.Ordinal),
        2 => text.Replace(" ", "\n", StringComparison.Ordinal),
        _ => string.Create(CultureInfo.InvariantCulture, $"{random.Next(100)}. {text}"),
    };

    private string Pick(IReadOnlyList<string> options) => options[random.Next(options.Count)];

    private (string, string) Pick((string, string)[] options) => options[random.Next(options.Length)];

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRuns();
}
