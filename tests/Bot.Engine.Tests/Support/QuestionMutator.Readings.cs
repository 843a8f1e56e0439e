namespace Bot.Engine.Tests.Support;

/// <summary>
/// Mutations aimed at the newer readings of a question: premises taken as given ("since he resigned, ..."), periods
/// ("from July to November"), superlatives, counts with "number", "total" and "so far", opening interjections, claims
/// of fears and plans, hyphens and dashes inside words, byline-like lines with "|", and walls of repeated premises.
/// </summary>
public sealed partial class QuestionMutator
{
    private static readonly string[] PremiseOpenings =
    [
        "since", "Since", "given that", "Given that", "after", "After", "now that", "considering that", "seeing as", "SINCE",
        "since, since", "given that since", "since given that",
    ];

    private static readonly string[] Pronouns = ["he", "she", "they", "it", "He", "She", "him", "her", "them", "his", "its", "their"];

    private static readonly string[] PeriodEnds =
    [
        "July", "November", "january", "MAY", "2014", "2025", "1", "0", "-1", "99999999999", "🤔", "👨‍👩‍👧", "\ud800", "",
        "the war", "the invasion", "then", "now", "Nowhereland", "last year", "31 February", "May 2, 2025", "|", "-", "--", "and",
        "to", "between", "from",
    ];

    private static readonly string[] Periods =
    [
        "what happened from {a} to {b}?", "from {a} to {b}", "between {a} and {b}, what happened?", "key dates between {a} and {b}",
        "timeline from {a} to {b}", "what did {n} do between {a} and {b}?", "from {a} to", "between {a} and", "from to {b}",
        "between and {b}", "from {a} to {b} to {a} to {b}", "between {a} and {b} and {a}", "what happened from {a} until {b}?",
    ];

    private static readonly string[] Superlatives =
    [
        "how big was the biggest {p}?", "what was the largest {p}?", "who was the most {p}?", "how big was the biggest?",
        "the biggest", "which {n} was the smallest?", "how large was the largest {n}?", "what is the highest number of {p}?",
    ];

    private static readonly string[] Counts =
    [
        "what is the number of {p}?", "the total number of {p} so far?", "how many {p} so far?", "total?", "number?",
        "so far?", "what number of {n}?", "what is the total of {n} so far", "how many in total so far", "number of number of",
    ];

    private static readonly string[] Interjections = ["lol", "hmm", "wait", "lol ", "hmm,", "wait...", "LOL", "hmmmm", "wait wait", "lol hmm wait", "lmao", "ok wait"];

    private static readonly string[] Unrealised =
    [
        "did {n} fear that {p}?", "did {n} plan to {p}?", "does {n} fear {p}?", "was {n} planning to {p}?", "{n} feared {p}, right?",
        "did {n} hope that {p}?", "did {n} say that {n} said {p}?", "did {n} claim that {n} {v} {n}?",
    ];

    private static readonly string[] Dashes = ["-", "--", "---", "‐", "‑", "–", "—", "-–—", "- -", "-\u200b-", "-" + new string('-', 50)];

    private static readonly string[] Bylines =
    [
        "The Outlet | May 2, 2025", "|", "| | |", "Outlet | | |", "||||||", "{n} | {n}", "By {n} | {a}", "| {p} |", "The Economist | November 20th 2025",
    ];

    /// <summary>One of the newer readings, built around the question or in its place.</summary>
    private string Reading(string text) => random.Next(11) switch
    {
        0 => $"{Pick(PremiseOpenings)} {PremiseClaim()}, {text}",
        1 => Fill(Pick(Periods)),
        2 => Fill(Pick(Superlatives)),
        3 => Fill(Pick(Counts)),
        4 => $"{Pick(Interjections)} {text}",
        5 => Fill(Pick(Unrealised)),
        6 => Hyphenate(text),
        7 => random.Next(2) == 0 ? $"{Fill(Pick(Bylines))}\n{text}" : $"{text} {Fill(Pick(Bylines))}",
        8 => string.Join(Pick([", ", " ", "; ", ", and "]), Enumerable.Repeat($"{Pick(PremiseOpenings)} {PremiseClaim()}", 1 + random.Next(200))) + ", " + text,
        9 => $"{Pick(["He", "She", "he", "she"])} {Phrase()}. {text}",
        _ => $"{Pick(PremiseOpenings)} {Pick(Pronouns)} {Pick(Passives)} {Pick(Pronouns)}, {Pick(PremiseOpenings)} {PremiseClaim()}, {text}",
    };

    /// <summary>What a premise takes as given: a name or pronoun and words of the article, perhaps with a clause inside.</summary>
    private string PremiseClaim() => random.Next(4) switch
    {
        0 => $"{Pick(Pronouns)} {Phrase()}",
        1 => $"{Name()} {Pick(Passives)} {Name()}",
        2 => $"{Name()} said that {Pick(Pronouns)} {Phrase()}, which {Pick(Pronouns)} {Pick(Passives)}",
        _ => $"{Pick(Pronouns)} {Pick(Passives)} {Pick(Pronouns)} after {Name()} {Phrase()}",
    };

    /// <summary>Dashes put inside words, between their letters or doubled at their joints ("co--ordinated", "a-b-c-d-e").</summary>
    private string Hyphenate(string text) => EditWords(text, (words, at) => words[at] = random.Next(3) switch
    {
        0 => string.Join(Pick(Dashes), words[at].Select(c => c.ToString())),
        1 => words[at].Length < 2 ? words[at] + Pick(Dashes) : words[at].Insert(random.Next(1, words[at].Length), Pick(Dashes)),
        _ => Pick(Dashes) + words[at] + Pick(Dashes) + Phrase().Replace(' ', '-'),
    });

    private string Fill(string template) => Placeholders().Replace(template, m => m.Value switch
    {
        "{n}" => Name(),
        "{p}" => Phrase(),
        "{v}" => Pick(Passives),
        _ => Pick(PeriodEnds),
    });

    private string Name() => names.Count == 0 ? "X" : Pick(names);
}
