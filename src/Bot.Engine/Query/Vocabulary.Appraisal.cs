namespace Bot.Engine.Query;

/// <summary>Word lists for the article's own view: the words asking for it and the words a sentence gives one in.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Words asking for the writer's judgement beside the opinion words ("the author's forecast", "how cautious is the
    /// writer", "the author's framing"): they say what is asked, not what it is about, and the article need not use them.
    /// </summary>
    public static readonly HashSet<string> AppraisalWords = new(StringComparer.Ordinal)
    {
        "assessment", "assess", "assesses", "forecast", "forecasts", "prediction", "predictions", "predict", "predicts", "outlook",
        "verdict", "judgement", "judgment", "judge", "judges", "framing", "frame", "frames", "characterise", "characterize",
        "characterises", "characterizes", "characterisation", "characterization", "portray", "portrays", "expect", "expects",
        "expectation", "cautious", "optimistic", "pessimistic", "sceptical", "skeptical", "confident", "convinced", "hopeful",
        "critical", "evaluate", "evaluates", "evaluation", "suggest", "suggests",
    };

    /// <summary>
    /// Words by which a sentence in the article's own voice judges rather than reports: modal duty and likelihood ("must",
    /// "is likely to"), doubt ("it is unclear"), weight ("the most important"), inference ("reflects", "means") and blame
    /// ("a mistake", "naive", "overstate").
    /// </summary>
    public static readonly HashSet<string> EvaluativeWords = new(StringComparer.Ordinal)
    {
        "must", "should", "ought", "need", "needs", "require", "requires", "likely", "unlikely", "probably", "perhaps", "arguably",
        "unclear", "uncertain", "doubtful", "clearly", "undoubtedly", "surely", "important", "crucial", "essential", "vital", "key",
        "significant", "conclusion", "lesson", "means", "reflects", "suggests", "shows", "demonstrates", "indicates", "illustrates",
        "underscores", "reveals", "mistake", "mistaken", "error", "naive", "misguided", "wrong", "foolish", "reckless", "dangerous",
        "overstate", "overstated", "exaggerate", "exaggerated", "underestimate", "underestimated", "problem", "inconsistent",
        "failure", "fails", "risk", "risks", "danger", "better", "worse", "best", "worst", "enduring", "inevitably", "inevitable",
    };
}
