namespace Bot.Engine.Tests.Support;

/// <summary>
/// Mutations aimed at the forms a question took on lately: identity claims about named things ("wasn't X an ...?"),
/// figures with run-on units ("1m", "1,300km"), quoted phrases never or doubly closed, answer-form tails ("Y/N",
/// "(yes/no)", "true or false?"), abbreviated offices ("PM", "fm/pm"), attempts, negations by clause, framings of what the
/// article names or says, and walls of repeated clauses and lists of hundreds of items.
/// </summary>
public sealed partial class QuestionMutator
{
    private static readonly string[] Identities =
    [
        "is {n} a {p}?", "was {n} an {o}?", "wasn't {n} an {p}?", "is the {n} a {n}?", "was the {n} an {o} of {n}?", "isn't {n} a?",
        "is {r} a {p}?", "wasn't {r} an?", "is 🤔 a 🤔?", "was 👨‍👩‍👧 an {o}?", "is", "was a", "wasn't an?", "is a an the?", "IS {N} A {P}?",
        "is {n} a", "wasn't {n}", "is {n} a {n} a {n} an {n}?", "was {n} a {a}?", "is {n} an \ud800?", "wasn't {r} {r} an {o}",
    ];

    private static readonly string[] Figures =
    [
        "1m", "12bnx", new string('9', 40) + "km", "1,3,0,0km", "$2bn", "30km", "1,300km", "1.5bn$", "km1", "1mm1m", "$", "$bn",
        "0km", "-5km", "1,,000km", ",1km", "1,km", "£3.2trn", "€1bn€", "2bn2bn2bn", "1e9km", "10k", "5000000000000000000000000000m",
        "1,300,000,000,000,000,000km", "½km", "٣km", "１２km",
    ];

    private static readonly string[] QuoteShapes =
    [
        "\"", "''", "“it”s", "\"'{p}'\"", "“‘{p}’”", "\"{p}", "{p}\"", "''{p}''", "\"\"{p}\"\"", "“{p}“", "”{p}”", "'\"{p}'\"",
        "«{p}“", "\"\"\"", "“”", "\"{p}\" \"{p}\" \"", "'{p}'s'",
    ];

    private static readonly string[] AnswerForms = ["Y/N", "(yes/no)", "true or false?", "Y/N.", "y/n", "(Y/N)", "yes/no?", "(true/false)", "TRUE OR FALSE", "y/n/y/n"];

    private static readonly string[] Abbreviations = ["PM", "pM.", "fm/pm", "MFA", "mfa", "Pm", "p.m.", "F.M.", "fm", "pm/fm/mfa", "PM's", "the pm", "ex-PM", "mfa."];

    private static readonly string[] Framings =
    [
        "{p}, the article says this?", "{n}, the article says so?", "does the article name {n}?", "who does the article credit with {p}?",
        "the article attributes {q} to {n}?", "what does the article attribute to {n}?", "names {n}?", "credits {n}?", ", the article says this?",
        "did {n} try to {p}?", "{n} tried to {p}?", "tried to?", "did {n} not {p}, but {p}?", "{n} didn't {p}; {n} did, didn't they?",
        "did {n} say {a} {p}?", "did {n} pay {a} for {p}?", "says {n} of {n}?", "{n} says {q} of {n}",
    ];

    /// <summary>One of the newer forms, built around the question or in its place.</summary>
    private string Form(string text) => random.Next(9) switch
    {
        0 => FillForm(Pick(Identities)),
        1 => EditWords(text, (words, at) => words.Insert(at, Pick(Figures))),
        2 => random.Next(2) == 0 ? EditWords(text, (words, at) => words.Insert(at, FillForm(Pick(QuoteShapes)))) : FillForm(Pick(QuoteShapes)),
        3 => AnswerForm(text),
        4 => EditWords(text, (words, at) => words.Insert(at, Pick(Abbreviations))),
        5 => FillForm(Pick(Framings)),
        6 => string.Join(Pick([", ", "; ", " and ", ". "]), Enumerable.Repeat(text, 1 + random.Next(100))),
        7 => List(),
        _ => random.Next(2) == 0 ? $"{text} {Pick(AnswerForms)}" : $"{Pick(Abbreviations)} {FillForm(Pick(Identities))} {Pick(AnswerForms)}",
    };

    /// <summary>An answer-form tail alone, twice, or in the middle of the question.</summary>
    private string AnswerForm(string text) => random.Next(4) switch
    {
        0 => Pick(AnswerForms),
        1 => $"{text} {Pick(AnswerForms)} {Pick(AnswerForms)}",
        2 => EditWords(text, (words, at) => words.Insert(at, Pick(AnswerForms))),
        _ => $"{Pick(AnswerForms)} {text}",
    };

    /// <summary>"A, B, C, ... and Z" of up to 500 names and words, as a question or a claim.</summary>
    private string List()
    {
        var items = Enumerable.Range(0, 2 + random.Next(499)).Select(_ => random.Next(2) == 0 ? Name() : Phrase()).ToList();
        var list = string.Join(", ", items.SkipLast(1)) + " and " + items[^1];
        return random.Next(3) switch
        {
            0 => $"did {list} oppose {Name()}?",
            1 => $"which of {list} {Pick(Passives)} {Name()}?",
            _ => $"compare {list}",
        };
    }

    private string FillForm(string template) => Placeholders().Replace(template, m => m.Value switch
    {
        "{n}" => Name(),
        "{N}" => Name().ToUpperInvariant(),
        "{p}" => Phrase(),
        "{P}" => Phrase().ToUpperInvariant(),
        "{q}" => Quoted(Phrase()),
        "{o}" => Pick(Offices),
        "{r}" => Pick(Pronouns),
        _ => Pick(Figures),
    });
}
