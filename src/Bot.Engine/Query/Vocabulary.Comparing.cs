namespace Bot.Engine.Query;

/// <summary>Words of setting two things side by side.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Words with which a sentence sets one side against the other ("Vell's refusal contrasted with Ardun's openness"):
    /// a sentence naming both sides with one of them is the comparison itself. Not "unlike", which as often sets one
    /// side apart from all others ("unlike any other port, Vell ...") as against the other side.
    /// </summary>
    public static readonly HashSet<string> SettingAgainst = Stems("contrast", "contrasted", "contrasts", "contrasting");

    /// <summary>
    /// Comparatives of size or amount: "which is bigger, Vell's pledge or Ardun's loan?" asks the figure of each, and a
    /// side is shown by the sentence giving its amount.
    /// </summary>
    public static readonly HashSet<string> SizeComparatives = new(StringComparer.Ordinal)
    {
        "bigger", "larger", "greater", "higher", "smaller", "lower", "more", "less", "cheaper", "costlier", "heavier",
    };

    /// <summary>
    /// Words that ask how two sides are tied ("how is X connected to Y?", "the link between X and Y"): the question's
    /// frame, not a word the article must say of them ("many members are linked to X" ties them without saying "connect").
    /// </summary>
    public static readonly HashSet<string> TyingWords = Stems("relation", "relations", "relationship", "relationships", "relate",
        "relates", "related", "connect", "connects", "connected", "connection", "connections", "link", "links", "linked",
        "linkage", "linkages", "tie", "ties", "tied");
}
