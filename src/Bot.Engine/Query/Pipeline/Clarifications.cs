using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Pipeline;

/// <summary>Reads a reply to "which one do you mean?": the candidate the user named or described ("the duma one").</summary>
internal static class Clarifications
{
    public static string? Choose(KnowledgeIndex index, ParsedQuestion q, Clarification pending)
    {
        var candidates = pending.Candidates;
        var direct = candidates.Where(q.Entities.Contains).ToList();
        if (direct.Count == 1)
            return direct[0];
        var fitting = candidates.Where(c => index.ActorFact(c) is { } f
            && (q.Entities.Any(e => f.Mentioned.Contains(e) || index.Find(c)?.Affiliation == e)
                || (q.Residual.Count > 0 && q.Residual.All(r => index.Covers(f.Stems, r))))).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }
}
