namespace Bot.Engine.Query.Conversations;

/// <summary>One chat's slot in the store: its current state and when it was last used. Callers lock it while answering.</summary>
internal sealed class Conversation
{
    public ConversationState State { get; set; } = ConversationState.Empty;

    /// <summary>The knowledge the state's ids and facts come from: after a reload they may name nothing.</summary>
    public KnowledgeIndex? Index { get; set; }

    public DateTimeOffset LastSeen { get; set; }
}
