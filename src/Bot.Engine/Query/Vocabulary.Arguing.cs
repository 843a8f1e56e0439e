namespace Bot.Engine.Query;

internal static partial class Vocabulary
{
    /// <summary>
    /// Words asking what an article argues rather than what it covers: "the main argument", "its thesis", "the core
    /// assessment". An analysis states its argument again where it ends, so its conclusion answers them first.
    /// </summary>
    public static readonly HashSet<string> ArgumentWords = new(StringComparer.Ordinal)
    {
        "argument", "arguments", "argue", "argues", "arguing", "thesis", "claim", "assessment", "conclusion", "conclude", "concludes",
        "message", "takeaway", "takeaways", "bluf", "verdict", "contend", "contends", "case",
    };
}
