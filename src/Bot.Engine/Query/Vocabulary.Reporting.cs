namespace Bot.Engine.Query;

internal static partial class Vocabulary
{
    /// <summary>Verbs of saying: "did X say Y?" asks what X said, which a claim to have done Y is.</summary>
    public static readonly HashSet<string> SpeechVerbs = Stems("say", "said", "tell", "told", "state", "stated", "announce", "announced", "declare", "declared");

    /// <summary>Verbs asking what someone said, not what about ("what did X warn about?"): a statement given with "said" answers them all.</summary>
    public static readonly HashSet<string> ReportingVerbs = [.. SpeechVerbs, .. Stems("claim", "claimed", "note", "noted", "mention", "mentioned",
        "remark", "remarked", "warn", "warned", "insist", "insisted", "admit", "admitted", "stress", "stressed", "acknowledge", "acknowledged", "point")];

    /// <summary>Verbs asking whom a thing just read comes from: "who reported that figure?", "who gave that estimate?".</summary>
    public static readonly HashSet<string> SourcingVerbs = [.. ReportingVerbs, .. Stems("report", "reported", "reports", "provide", "provided", "provides",
        "give", "gave", "gives", "cite", "cited", "publish", "published", "produce", "produced", "compile", "compiled", "calculate", "calculated")];

    /// <summary>
    /// Words by which a sentence gives where what it tells comes from: a reporting verb, "according to", "leaked
    /// documents reveal", "estimates". Not "tell" or "point", which as often tell a story or point a finger.
    /// </summary>
    public static readonly HashSet<string> AttributingStems = Stems("say", "said", "says", "told", "stated", "announced", "declared", "claimed",
        "claims", "noted", "warned", "insisted", "admitted", "acknowledged", "according", "report", "reported", "reports", "reportedly",
        "reveal", "revealed", "reveals", "estimate", "estimated", "estimates", "data", "survey", "poll", "leaked", "cite", "cited", "citing", "quoted");
}
