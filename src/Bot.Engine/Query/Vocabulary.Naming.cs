namespace Bot.Engine.Query;

/// <summary>Kinds a question may ask of ("what message", "what illness") that an answer tells without naming one.</summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Kinds of thing told by a description rather than singled out by a name or a term: "what message did X send?" is
    /// answered by what the message said, though the answer says "message" and names nothing by it.
    /// </summary>
    public static readonly HashSet<string> DescribedKinds = Stems(
        "message", "lesson", "point", "argument", "reason", "reasons", "motive", "explanation", "justification", "view", "idea", "claim",
        "warning", "demand", "condition", "conditions", "promise", "threat", "goal", "aim", "purpose", "role", "task", "tasks", "problem",
        "problems", "concern", "concerns", "risk", "risks", "effect", "impact", "consequence", "benefit", "advantage", "step", "steps",
        "measure", "measures", "advice", "recommendation", "recommendations", "example", "examples", "precedent", "precedents", "evidence", "question", "answer",
        "solution", "change", "changes", "difference", "comparison", "position", "stance", "approach", "strategy", "policy", "signal",
        "conclusion", "sense", "theory", "narrative", "thing", "things", "way", "ways", "meaning", "joke", "criticism", "complaint",
        "accusation", "charge", "response", "reaction");
}
