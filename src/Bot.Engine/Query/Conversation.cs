namespace Bot.Engine.Query;

/// <summary>
/// What one chat has been talking about, so that "what did he say?", "why?" and "and the other side?"
/// mean the same on every platform. Callers lock it while answering.
/// </summary>
internal sealed class Conversation
{
    private const int MaxEntities = 6;

    /// <summary>Entities spoken of, most recent first.</summary>
    public List<string> Entities { get; } = [];

    public Intent LastIntent { get; set; } = Intent.General;
    public IReadOnlyList<string> LastResidual { get; set; } = [];
    public IReadOnlyList<string> LastEntities { get; set; } = [];
    public IndexedFact? LastFact { get; set; }

    /// <summary>Ranked facts of the last answer not shown yet, for "tell me more".</summary>
    public Queue<IndexedFact> More { get; } = new();

    /// <summary>The question waiting for the user to say which of several people they meant.</summary>
    public (string Words, IReadOnlyList<string> Candidates)? PendingClarification { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    /// <summary>Puts these entities (most salient first) ahead of the ones spoken of before.</summary>
    public void Remember(IEnumerable<string> entities)
    {
        foreach (var id in entities.Distinct().Reverse())
        {
            Entities.Remove(id);
            Entities.Insert(0, id);
        }
        if (Entities.Count > MaxEntities)
            Entities.RemoveRange(MaxEntities, Entities.Count - MaxEntities);
    }
}
