using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Engine.Tests.Support;

/// <summary>
/// Turns a real question into what a stranger might type instead: words dropped, swapped or doubled, cut
/// mid-word, shouted, sprinkled with punctuation, emoji, invisible or right-to-left characters and markup,
/// other numbers and dates, names from an article put in the wrong question, or blown up to a wall of text; or
/// rewritten as a claim to check: words of the article in quotation marks (closed or not), passives, names cut to
/// initials, percentages and spelled numbers, offices and places, apostrophes inside quoted phrases, "ruled out",
/// "how many people", honorifics and capitals; or cut into clauses by commas, semicolons, dashes and "but", up to a
/// sentence of hundreds of commas; or read the newer ways (see <see cref="Reading"/> and <see cref="Form"/>). Deterministic for a given <see cref="Random"/>.
/// </summary>
public sealed partial class QuestionMutator(Random random, IReadOnlyList<string> names, IReadOnlyList<string>? sentences = null)
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

    private static readonly string[] Numbers =
    [
        "%", "50%", "50 %", "%50", "3.5%", "-5%", "100%", "1000000%", "%%", "% of", "per cent", "fifty percent", "forty-five",
        "twenty two", "a third", "two-thirds", "half", "a hundred", "one million", "zero", "nine hundred ninety-nine thousand",
        "first", "twenty-first", "a quarter of", "dozens", "tens of thousands", "1,000", "1.000,5", "0.0001",
    ];

    private static readonly (string Open, string Close)[] QuoteMarks =
    [
        ("\"", "\""), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»"), ("„", "“"), ("\"", ""), ("“", ""), ("'", ""), ("", "\""),
        ("”", "“"), ("\"'", "'\""), ("\"", "'"),
    ];

    private static readonly string[] Claims =
    [
        "who said {q}?", "did {n} say {q}?", "did {n} say that {p}?", "who called it {q}", "did {n} call {n} {q}?",
        "what did {n} mean by {q}?", "{q} - who said that?", "is it true that {n} said {q}", "was it {n} who said {q}?",
        "was {n} {v} by {n}?", "were {n} {v} by {n}?", "was {n} {v}?", "who was {v} by {n}?", "by whom was {n} {v}?",
        "is {n} the {o} of {n}?", "was {n} {o}?", "is {n} in {n}?", "was {n} born in {n}?", "is {n} {n}'s {f}?",
        "did {n} say {q} about {n}?", "who said {q} and {q}?", "who said 'don't {p}'?", "did {n} say \"it's {p}\"?",
        "who said \u2018we won't {p}\u2019", "did {n} say '{n}'s {p}'?", "who said 'don't'?", "who said \"isn't it {p}",
        "did {n} rule out {p}?", "who ruled out {q}?", "has {n} ruled out {n}?", "was {n} ruled out by {n}?", "what did {n} rule out?",
        "rule out {n}?", "how many people {v}?", "how many people were {v} by {n}?", "how many people did {n} {v}?",
        "how many people in {n}?", "HOW MANY PEOPLE {p}", "what did {h} {n} say?", "did {h} {n} say {q}?", "who is {h} {n}?",
        "{h} {h} {h} {n}?", "is {h} {n} the {o} of {n}?", "WHAT DID {N} SAY?", "DID {N} RULE OUT {P}?",
    ];

    private static readonly string[] Honorifics = ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Dr.", "MR", "mr", "Sir", "Prof", "Mx"];

    private static readonly string[] ClauseJoints = [", ", "; ", " - ", " \u2014 ", " \u2013 ", ", but ", " but ", ";", ",", ", and, ", " -- "];

    private static readonly string[] Passives =
    [
        "jailed", "backed", "criticised", "criticized", "elected", "appointed", "killed", "attacked", "invited", "sanctioned",
        "replaced", "funded", "arrested", "supported", "blamed", "accused", "fired", "praised", "said", "quoted",
    ];

    private static readonly string[] Offices =
    [
        "president", "prime minister", "foreign minister", "ambassador", "head", "leader", "spokesman", "chairman", "author",
        "mayor", "minister of defence", "deputy", "",
    ];

    private static readonly string[] Family = ["wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "ally"];

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

    private string MutateOnce(string text) => random.Next(36) switch
    {
        >= 32 => Form(text),
        >= 27 => Reading(text),
        24 => Clauses(text),
        25 => ShoutWord(text),
        26 => string.Join(Pick(ClauseJoints), Enumerable.Range(0, 1 + random.Next(400)).Select(_ => random.Next(3) == 0 ? text : Phrase())),
        18 or 19 => Claim(),
        20 => Quote(text),
        21 => random.Next(2) == 0 ? DigitRuns().Replace(text, _ => Pick(Numbers), 1) : EditWords(text, (words, at) => words.Insert(at, Pick(Numbers))),
        22 => names.Count == 0 ? text : EditWords(text, (words, at) => words[at] = Initials(Pick(names))),
        23 => Quote(text.Replace(" ", " " + Pick(Numbers) + " ", StringComparison.Ordinal)),
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

    /// <summary>A claim to check, built from a template with names, words of the article and passives filled in.</summary>
    private string Claim() => Placeholders().Replace(Pick(Claims), m => m.Value switch
    {
        "{n}" => names.Count == 0 ? "X" : random.Next(4) == 0 ? Initials(Pick(names)) : Pick(names),
        "{q}" => Quoted(Phrase()),
        "{p}" => Phrase(),
        "{v}" => Pick(Passives),
        "{o}" => Pick(Offices),
        "{h}" => Pick(Honorifics),
        "{N}" => (names.Count == 0 ? "X" : Pick(names)).ToUpperInvariant(),
        "{P}" => Phrase().ToUpperInvariant(),
        _ => Pick(Family),
    });

    /// <summary>The question cut into clauses at its spaces by commas, semicolons, dashes or "but", with words of the article between.</summary>
    private string Clauses(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (random.Next(3) == 0)
                words[i] += Pick(ClauseJoints) + (random.Next(2) == 0 ? Phrase() : "");
        }
        return string.Join(' ', words);
    }

    /// <summary>One word of the question in capitals, as in an all-caps lede or a shouted name.</summary>
    private string ShoutWord(string text) => EditWords(text, (words, at) => words[at] = words[at].ToUpperInvariant());

    /// <summary>A run of words of the question put in quotation marks, perhaps never closed.</summary>
    private string Quote(string text)
    {
        var words = text.Split(' ');
        var from = random.Next(words.Length);
        var to = from + random.Next(words.Length - from);
        var (open, close) = Pick(QuoteMarks);
        words[from] = open + words[from];
        words[to] += close;
        return string.Join(' ', words);
    }

    private string Quoted(string phrase)
    {
        var (open, close) = Pick(QuoteMarks);
        return open + phrase + close;
    }

    /// <summary>A run of one to eight words from a sentence of the article, or of the names when there is none.</summary>
    private string Phrase()
    {
        var source = sentences is { Count: > 0 } ? Pick(sentences) : names.Count == 0 ? "nothing" : Pick(names);
        var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return source;
        var from = random.Next(words.Length);
        return string.Join(' ', words.Skip(from).Take(1 + random.Next(8)));
    }

    /// <summary>A name cut to initials the ways people write them: "V. Putin", "V.P.", "VP", "Putin, V.".</summary>
    private string Initials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
            return name;
        var initials = words.Select(w => w[..1]).ToList();
        return random.Next(6) switch
        {
            0 => string.Join(' ', initials.SkipLast(1).Select(i => i + ".").Append(words[^1])),
            1 => string.Concat(initials.Select(i => i + ".")),
            2 => string.Concat(initials),
            3 => words[^1] + ", " + string.Concat(initials.SkipLast(1).Select(i => i + ".")),
            4 => string.Join(' ', initials.Select(i => i + ".")),
            _ => string.Concat(initials).ToLowerInvariant() + " " + words[^1],
        };
    }

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

    [GeneratedRegex(@"\{[a-zA-Z]\}")]
    private static partial Regex Placeholders();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRuns();
}
