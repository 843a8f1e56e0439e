namespace Bot.Engine.Query.Answerers;

/// <summary>Questions asking for wording ("which word did they use?"), which a quotation in the evidence answers.</summary>
internal static partial class AnswerChecks
{
    /// <summary>Kinds that ask for wording, which a quotation gives: "which word", "what phrase", "the nickname".</summary>
    private static readonly HashSet<string> WordingKinds = new(StringComparer.Ordinal)
    {
        "word", "words", "term", "terms", "phrase", "phrases", "expression", "label", "nickname", "slogan", "refrain", "adjective", "description",
    };

    /// <summary>Whether the evidence quotes a word or phrase, when the kind asked is wording ("which word did they use?").</summary>
    public static bool GivesWording(string kind, string evidence) => WordingKinds.Contains(kind) && InnerQuotation().IsMatch(evidence);

    /// <summary>A few words in curly quotation marks inside a sentence: the article quoting a word or phrase.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("[\u201C\u2018][^\u201C\u201D\u2018\u2019]{1,60}[\u201D\u2019]")]
    private static partial System.Text.RegularExpressions.Regex InnerQuotation();
}
