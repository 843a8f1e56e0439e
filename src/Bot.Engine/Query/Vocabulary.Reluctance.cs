namespace Bot.Engine.Query;

/// <summary>Words saying that something is held back from: "why the reluctance?" asks why it was not done.</summary>
internal static partial class Vocabulary
{
    /// <summary>The stems of words of reluctance, which articles seldom use: any claim that refuses or negates says them.</summary>
    public static readonly HashSet<string> ReluctanceStems = Stems(
        "reluctant", "reluctance", "reluctantly", "unwilling", "unwillingness", "hesitant", "hesitance", "hesitancy", "loath");
}
