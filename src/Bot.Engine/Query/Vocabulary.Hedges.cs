namespace Bot.Engine.Query;

internal static partial class Vocabulary
{
    /// <summary>Words that only hedge the number after them ("roughly forty", "some 40"): the figure is the claim, not the hedge.</summary>
    public static readonly HashSet<string> NumberHedges = new(StringComparer.Ordinal)
    {
        "roughly", "approximately", "approx", "around", "about", "circa", "some",
    };

    /// <summary>
    /// Claim words that doubt or deny what follows them without a "not": "does X lack the men?", "does Y doubt it?". Against
    /// a text doubting the same thing ("X is unlikely to have the men") they make the claim agree.
    /// </summary>
    public static readonly HashSet<string> DoubtingClaimStems = Stems("lack", "lacks", "lacked", "lacking", "doubt", "doubts", "doubted", "doubting");

    /// <summary>
    /// Words of incapacity, doubt or refusal whose "to" opens an infinitive they deny ("unable to send", "refused to
    /// join"), unlike "opposition to", whose "to" names what is opposed.
    /// </summary>
    public static readonly HashSet<string> InfinitiveDenialStems = Stems(
        "unable", "incapable", "powerless", "unwilling", "unlikely", "improbable", "refuse", "refused", "refuses", "refusing",
        "decline", "declined", "declines", "fail", "fails", "failed", "failing");

    /// <summary>
    /// Phrases with which a writer holds back from a claim in their own voice ("one could easily overstate ...", "it is
    /// tempting to see ...", "it is unclear what ...", "may or may not succeed"): asked whether they really think so, that is their answer.
    /// </summary>
    public static readonly string[] WriterHedges =
    [
        "overstate", "overstating", "overstated", "tempting to", "may or may not", "might or might not", "remains to be seen",
        "remain to be seen", "unclear", "too early to", "too soon to", "premature to", "hard to say", "difficult to say",
        "hard to know", "not yet clear", "open question",
    ];
}
