using System.Collections.Concurrent;

namespace Bot.Telegram;

/// <summary>
/// What the bot knows about chats it sends to: those that blocked or removed it (no more sends until
/// they write again) and groups that became supergroups under a new id. Persisted across restarts.
/// </summary>
public sealed class ChatDirectory
{
    private readonly StateFile<State> _file;
    private readonly ConcurrentDictionary<long, bool> _inactive;
    private readonly ConcurrentDictionary<long, long> _migrated;

    public ChatDirectory(string stateDirectory)
    {
        _file = new StateFile<State>(Path.Combine(stateDirectory, "telegram-chats.json"));
        var state = _file.Load();
        _inactive = new(state.Inactive.Select(id => KeyValuePair.Create(id, true)));
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

    public void MarkInactive(long chatId)
    {
        if (_inactive.TryAdd(chatId, true))
            Save();
    }

    public void MarkActive(long chatId)
    {
        if (_inactive.TryRemove(chatId, out _))
            Save();
    }

    public void Migrate(long fromChatId, long toChatId)
    {
        if (fromChatId == toChatId || (_migrated.TryGetValue(fromChatId, out var known) && known == toChatId))
            return;
        _migrated[fromChatId] = toChatId;
        Save();
    }

    private void Save() => _file.Save(new State { Inactive = [.. _inactive.Keys], Migrated = new(_migrated) });

    internal sealed class State
    {
        public List<long> Inactive { get; set; } = [];
        public Dictionary<long, long> Migrated { get; set; } = [];
    }
}
