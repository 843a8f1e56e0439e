using System.Collections.Concurrent;

namespace Bot.Engine.Query.Conversations;

/// <summary>
/// Conversations by id, bounded in number and forgotten after a quiet spell, so a busy bot's
/// memory stays flat however many chats it serves.
/// </summary>
internal sealed class ConversationStore(TimeProvider time, TimeSpan idleExpiry, int maxConversations)
{
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);

    public int Count => _conversations.Count;

    public Conversation Get(string id)
    {
        var now = time.GetUtcNow();
        var added = false;
        var conversation = _conversations.AddOrUpdate(id,
            _ =>
            {
                added = true;
                return new Conversation { LastSeen = now };
            },
            (_, existing) => now - existing.LastSeen > idleExpiry ? new Conversation { LastSeen = now } : existing);
        conversation.LastSeen = now;
        // Counting takes every lock of the dictionary, so it is done only when a conversation was added.
        if (added && _conversations.Count > maxConversations)
            Evict(now);
        return conversation;
    }

    private void Evict(DateTimeOffset now)
    {
        foreach (var (key, conversation) in _conversations)
        {
            if (now - conversation.LastSeen > idleExpiry)
                _conversations.TryRemove(key, out _);
        }
        var excess = _conversations.Count - maxConversations;
        if (excess <= 0)
            return;
        foreach (var key in _conversations.OrderBy(p => p.Value.LastSeen).Take(excess).Select(p => p.Key).ToList())
            _conversations.TryRemove(key, out _);
    }
}
