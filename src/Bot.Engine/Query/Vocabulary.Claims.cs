namespace Bot.Engine.Query;

/// <summary>Word lists for reading claims and replies: what a yes/no claim asserts, and words asking how someone answered.</summary>
internal static partial class Vocabulary
{
    /// <summary>Light verbs a question's phrasing often holds but a yes/no claim asserts ("does X care?", "did it matter?").</summary>
    public static readonly HashSet<string> ClaimVerbs = new(StringComparer.Ordinal)
    {
        "care", "cares", "cared", "matter", "matters", "mattered", "affect", "affects", "affected", "keep", "keeps", "kept",
    };

    /// <summary>
    /// Verbs asking whether someone holds a claim ("does the author think ...?", "is the writer really saying ...?"),
    /// unlike a noun for a view ("the author's view: is X so?"), which asks the matter itself.
    /// </summary>
    public static readonly HashSet<string> ClaimHoldingVerbs = new(StringComparer.Ordinal)
    {
        "think", "thinks", "believe", "believes", "reckon", "reckons", "say", "says", "saying", "claim", "claims", "claiming",
        "suggest", "suggests", "suggesting", "argue", "argues", "arguing", "imply", "implies", "implying", "mean", "means",
    };

    /// <summary>Verbs saying where someone works ("the author is based at X"), in their "-ing"/"-ed" forms and stems: a claim of who they are.</summary>
    public static readonly HashSet<string> AffiliationVerbs = new(StringComparer.Ordinal)
    {
        "working", "work", "based", "bas", "employed", "employ", "teaching", "teach", "studying", "study", "affiliated", "affili",
    };

    /// <summary>Copulas a yes/no claim of who or what something is opens on, negated ones too ("wasn't X a ...?").</summary>
    public static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "isnt", "wasnt", "arent", "werent",
    };

    /// <summary>Words asking how someone answered something: the answer must be something that one did or said.</summary>
    public static readonly HashSet<string> ReactionWords = Stems(
        "respond", "responded", "responds", "response", "react", "reacted", "reacts", "reaction", "reply", "replied", "retort", "retorted", "answer", "answered");

    /// <summary>
    /// Words after a verb of saying that ask whether someone spoke at all, not what they said: "did X say anything about
    /// the dam?", "did X comment on it?", "did X say anything back?".
    /// </summary>
    public static readonly HashSet<string> SpokeAtAll = new(StringComparer.Ordinal) { "anything", "something", "much", "about", "on", "publicly", "back" };

    /// <summary>
    /// Words of a claim that asks whether anything of the kind happened at all ("did anyone go to jail?", "did X say
    /// anything about it?"): a sentence saying the rest of it tells what did happen, not that this did not.
    /// </summary>
    public static readonly HashSet<string> AtAll = new(StringComparer.Ordinal) { "any", "anything", "anyone", "anybody", "any1" };

    /// <summary>
    /// Words of a claim that asks whether something happened again ("did X repeat the denial?", "did they strike
    /// again?"): a sentence saying the rest of it tells it once, which does not deny that it happened twice.
    /// </summary>
    public static readonly HashSet<string> Again = new(StringComparer.Ordinal) { "again", "anew", "repeat", "repeated", "repeats", "repeating" };

    /// <summary>Verbs of commenting, which "did X comment on it?" asks of X's own words as "say" does.</summary>
    public static readonly HashSet<string> CommentVerbs = Stems("comment", "commented", "mention", "mentioned", "speak", "spoke", "talk", "talked", "remark", "remarked");

    /// <summary>
    /// Words of an attempt ("tried to detain", "sought to block"): news reports an attempt as such when it failed, so a
    /// claim that the thing was done is a no, where a plan or wish only leaves it untold.
    /// </summary>
    public static readonly HashSet<string> Attempts = Stems("try", "tried", "tries", "attempt", "attempted", "attempts", "sought");

    /// <summary>Units of time a frequency counts in ("every month", "twice a year").</summary>
    public static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "second", "minute", "hour", "day", "night", "week", "weekend", "month", "quarter", "year", "decade", "season", "spring", "summer", "autumn", "winter",
        "morning", "evening", "session", "election", "term",
    };

    /// <summary>
    /// Words before a place that make it the place rather than its government: "visiting Kyiv", "in Kyiv", "lost Kyiv"
    /// name the city, where "Kyiv says" and "ties with Kyiv" name who governs from it.
    /// </summary>
    public static readonly HashSet<string> BeforeAPlace = new(StringComparer.Ordinal)
    {
        "in", "from", "at", "into", "near", "outside", "around", "visit", "visits", "visited", "visiting", "reach", "reached",
        "enter", "entered", "leave", "left", "flee", "fled", "lose", "lost", "capture", "captured", "take", "took", "taken", "seize", "seized",
    };

    /// <summary>Verbs saying an action has stopped; "ended" is left out, as "the end of" names a time.</summary>
    public static readonly HashSet<string> Stopping = Stems("stopped", "ceased", "halted", "suspended");

    /// <summary>Verbs by which a source tells what it found ("monitors found", "the report shows", "the article puts it at").</summary>
    public static readonly HashSet<string> FindingVerbs = new(StringComparer.Ordinal)
    {
        "find", "finds", "found", "show", "shows", "showed", "shown", "reveal", "reveals", "revealed", "conclude", "concludes", "concluded",
        "put", "puts",
    };

    /// <summary>Stems of words for who or what finds things out and reports them: a finding verb after one frames a claim.</summary>
    public static readonly HashSet<string> FindingSources = Stems(
        "article", "piece", "author", "authors", "report", "study", "survey", "poll", "inquiry", "review", "audit", "researchers",
        "monitors", "investigators", "analysts", "observers", "inspectors", "auditors", "data", "figures");
}
