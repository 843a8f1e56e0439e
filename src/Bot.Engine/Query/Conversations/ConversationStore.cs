namespace Bot.Engine.Query.Conversations;

/// <summary>
/// Conversations by id, bounded in number and forgotten after a quiet spell, so a busy bot's
/// memory stays flat however many chats it serves. A list in order of last use (most recent
/// first) makes every step constant time: the least recently used conversation, and every idle
/// one, sit at its end.
/// </summary>
internal sealed class ConversationStore(TimeProvider time, TimeSpan idleExpiry, int maxConversations)
{
    private readonly Dictionary<string, LinkedListNode<(string Id, Conversation Conversation)>> _byId = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Id, Conversation Conversation)> _byLastUse = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
                return _byId.Count;
        }
    }

    /// <summary>The conversation with this id, a new one when it was never seen or has been idle too long.</summary>
    public Conversation Get(string id)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            while (_byLastUse.Last is { } oldest && now - oldest.Value.Conversation.LastSeen > idleExpiry)
                Forget(oldest);
            if (_byId.TryGetValue(id, out var node))
            {
                _byLastUse.Remove(node);
            }
            else
            {
                node = new LinkedListNode<(string, Conversation)>((id, new Conversation()));
                _byId.Add(id, node);
            }
            node.Value.Conversation.LastSeen = now;
            _byLastUse.AddFirst(node);
            while (_byId.Count > maxConversations)
                Forget(_byLastUse.Last!);
            return node.Value.Conversation;
        }
    }

    private void Forget(LinkedListNode<(string Id, Conversation Conversation)> node)
    {
        _byLastUse.Remove(node);
        _byId.Remove(node.Value.Id);
    }
}
