namespace Bot.Engine.Query;

internal static partial class Vocabulary
{
    /// <summary>Words that only hedge the number after them ("roughly forty", "some 40"): the figure is the claim, not the hedge.</summary>
    public static readonly HashSet<string> NumberHedges = new(StringComparer.Ordinal)
    {
        "roughly", "approximately", "approx", "around", "about", "circa", "some",
    };
}
