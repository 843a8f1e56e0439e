namespace Bot.Engine.Query;

/// <summary>Verbs of taking a stand against something that are no negation words themselves.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Deeds that take a side against something ("boycotted parliament", "condemned the strikes"): a position drafted from
    /// one opposes its topic, and a claim naming the same deed ("did they boycott it?") says that stance, not its reverse.
    /// </summary>
    public static readonly HashSet<string> OpposingDeeds = Stems(
        "boycott", "boycotted", "boycotting", "condemn", "condemned", "condemning", "criticise", "criticised", "criticize", "criticized",
        "denounce", "denounced", "protest", "protested", "object", "objected", "shun", "shunned", "spurn", "spurned", "snub", "snubbed",
        "slam", "slammed", "decry", "decried", "deplore", "deplored", "censure", "censured");
}
