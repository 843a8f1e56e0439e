using Bot.Engine.Query.Conversations;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>Everything an answerer reads: the index, the conversation so far, and the resolved question. Immutable.</summary>
internal sealed record Turn(KnowledgeIndex Index, ConversationState State, ParsedQuestion Q)
{
    public Turn With(ParsedQuestion q) => this with { Q = q };

    public bool IsPerson(string id) => Index.Find(id)?.IsPerson == true;

    public bool IsActor(string id) => Index.Find(id)?.IsActor == true;
}
