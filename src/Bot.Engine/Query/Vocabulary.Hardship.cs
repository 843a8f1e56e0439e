namespace Bot.Engine.Query;

/// <summary>Words saying that a course is hard to take: "why is X a hard sell?" asks what an article calls controversial.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// The stems of words judging a course hard, contested or disliked. Asking why something is so, any of them stands
    /// for any other: writers and readers pick among them freely ("controversial" in the text, "a hard sell" asked).
    /// </summary>
    public static readonly HashSet<string> HardshipStems = Stems(
        "hard", "harder", "difficult", "difficulty", "controversial", "contentious", "divisive", "unpopular", "tough",
        "tougher", "awkward", "fraught");
}
