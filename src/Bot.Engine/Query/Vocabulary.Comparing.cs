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
}
