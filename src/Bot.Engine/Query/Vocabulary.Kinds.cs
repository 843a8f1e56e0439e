namespace Bot.Engine.Query;

/// <summary>Broad words a user may ask with, and the narrower words articles use for them.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// "what is his job?" meets "minister" and "ambassador", but one way only: a diplomat said to be "working towards"
    /// something is no journalist, and a leader need not be a president.
    /// </summary>
    public static readonly Dictionary<string, string[]> Kinds = new(StringComparer.Ordinal)
    {
        ["job"] = ["head", "minister", "president", "ambassador", "expert", "analyst", "journalist"],
        ["work"] = ["head", "minister", "president", "ambassador", "expert", "analyst", "journalist"],
        ["write"] = ["journalist"],
        ["leader"] = ["president", "head"],
        ["boss"] = ["head", "leader", "president"],
        ["chief"] = ["head", "leader"],
        ["diplomat"] = ["ambassador", "minister", "diplomatic"],
    };

    /// <summary>
    /// Words naming what a question asks for ("where did it take place?", "on what date?"): the checks of an answer see that
    /// it gives one, so a sentence need not say the word.
    /// </summary>
    public static readonly HashSet<string> AskedForStems = Stems("place", "location", "venue", "date", "day", "month", "year", "time");

    /// <summary>Bodies a state acts through that speak for themselves, as stems; "government" stands for the state itself.</summary>
    public static readonly HashSet<string> StateBodies = Stems(
        "ministry", "ministries", "parliament", "parliaments", "court", "courts", "army", "police", "senate", "congress", "cabinet", "legislature",
        "navy", "embassy", "judiciary", "prosecutors");

    /// <summary>Nouns a question asks reasons by ("which factors", "what drivers"): they ask why, not for a name.</summary>
    public static readonly HashSet<string> ReasonNouns = new(StringComparer.Ordinal)
    {
        "factor", "factors", "driver", "drivers", "reason", "reasons", "cause", "causes", "motive", "motives",
    };
}
