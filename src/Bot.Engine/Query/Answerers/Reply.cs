using Bot.Engine.Query.Conversations;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// An answerer's result: the answer, and what it tells the conversation (the fact it rested on, the
/// rest kept for "tell me more", subjects it brought up, a question waiting for clarification, a weaker answer to fall back on).
/// </summary>
internal sealed record Reply(Answer Answer)
{
    public IndexedFact? Fact { get; init; }
    public IReadOnlyList<IndexedFact>? More { get; init; }
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public Clarification? Pending { get; init; }

    /// <summary>A weaker answer to give for this one, which is not answered, when no later check of the question answers it.</summary>
    public Reply? Otherwise { get; init; }
}
