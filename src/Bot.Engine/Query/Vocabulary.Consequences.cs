namespace Bot.Engine.Query;

/// <summary>Words asking what a course brings: "the danger of X", "what would joining cost it?", "is X bad for Y?".</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// The stems of words naming a harm or a gain that something brings. A question holding one asks what follows from
    /// the rest of its words, which an article tells where that thing "could", "would" or "risks" do something, not where
    /// it explains how the thing came about. Not "gain": "why does X inflate his gains?" speaks of ground won.
    /// </summary>
    public static readonly HashSet<string> ConsequenceStems = Stems(
        "danger", "dangerous", "risk", "risky", "cost", "costs", "hurt", "harm", "harmful", "damage", "damaging", "bad",
        "benefit", "consequence", "consequences", "implication", "implications", "impact", "effect", "effects");
}
