using System.Collections.Concurrent;

namespace Bot.Telegram.Chats;

/// <summary>
/// What the bot knows about chats it sends to: those that blocked or removed it, and since when (no
/// more sends until they write again or let the bot back in), and groups that became supergroups under
/// a new id. Persisted across restarts.
/// </summary>
internal sealed class ChatDirectory
{
    private readonly StateFile<State> _file;
    private readonly ConcurrentDictionary<long, DateTimeOffset> _inactive;
    private readonly ConcurrentDictionary<long, long> _migrated;

    /// <param name="notSaved">Told (once per run of failures) when the state cannot be written; the directory then goes on in memory.</param>
    public ChatDirectory(string stateDirectory, Action<string>? notSaved = null)
    {
        _file = new StateFile<State>(Path.Combine(stateDirectory, "telegram-chats.json"), notSaved);
        var state = _file.Load();
        _inactive = new(state.Blocked);
        // Chats saved without a time (by an earlier version) count as blocked since ever.
        foreach (var id in state.Inactive)
            _inactive.TryAdd(id, DateTimeOffset.MinValue);
        _migrated = new(state.Migrated);
    }

    /// <summary>The id to send to: the supergroup a group migrated to, if it did.</summary>
    public long Resolve(long chatId)
    {
        for (var hops = 0; hops < 8 && _migrated.TryGetValue(chatId, out var next); hops++)
            chatId = next;
        return chatId;
    }

    public bool IsInactive(long chatId) => _inactive.ContainsKey(chatId);

    public void MarkInactive(long chatId, DateTimeOffset since)
    {
        if (_inactive.TryAdd(chatId, since))
            Save();
    }

    /// <summary>The bot was let back in (unblocked, or added to the group again).</summary>
    public void MarkActive(long chatId)
    {
        if (_inactive.TryRemove(chatId, out _))
            Save();
    }

    /// <summary>
    /// A message from the chat: it re-activates the chat only when written after the block. Messages
    /// queued before the block would otherwise re-open it and meet the same refusal again.
    /// </summary>
    public void WroteAt(long chatId, DateTimeOffset writtenAt)
    {
        if (_inactive.TryGetValue(chatId, out var since) && writtenAt > since)
            MarkActive(chatId);
    }

    public void Migrate(long fromChatId, long toChatId)
    {
        if (fromChatId == toChatId || (_migrated.TryGetValue(fromChatId, out var known) && known == toChatId))
            return;
        _migrated[fromChatId] = toChatId;
        Save();
    }

    private void Save() => _file.Save(new State { Blocked = new(_inactive), Migrated = new(_migrated) });

    internal sealed class State
    {
        public Dictionary<long, DateTimeOffset> Blocked { get; set; } = [];

        /// <summary>Blocked chats as an earlier version saved them, without a time; read, never written.</summary>
        public List<long> Inactive { get; set; } = [];

        public Dictionary<long, long> Migrated { get; set; } = [];
    }
}
