namespace Bot.Engine.Query;

/// <summary>Verbs asking who brought something into being: "who made the video?", "who set up the channel?".</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// A thing's maker is seldom the one a sentence about the thing names ("the ministry confirmed the video was a fake"):
    /// the sentence must say the making.
    /// </summary>
    public static readonly HashSet<string> MakingDeeds = new(StringComparer.Ordinal)
    {
        "made", "created", "founded", "built", "produced", "designed", "filmed", "invented", "established", "set", "started",
        "launched", "organised", "organized", "wrote", "authored", "drafted", "faked", "fabricated", "forged", "staged",
    };
}
