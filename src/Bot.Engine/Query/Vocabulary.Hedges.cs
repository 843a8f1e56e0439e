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
}
