using System.Collections.Concurrent;
using Bot.Engine.Model;

namespace Bot.Telegram.Chats;

/// <summary>What a keyboard under an answer offers: the suggested follow-ups and the answer's sources.</summary>
internal sealed record FollowUp(IReadOnlyList<string> Suggestions, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// Keeps follow-up state on the server behind short keys, because callback data is limited to
/// 64 bytes. Keys expire after a while and the oldest are dropped past a bound.
/// </summary>
internal sealed class FollowUpStore(TelegramOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (FollowUp FollowUp, DateTimeOffset Expires)> _entries = new();
    private readonly ConcurrentQueue<string> _order = new();
    private long _next;

    public string Add(FollowUp followUp)
    {
        var key = ToBase36(Interlocked.Increment(ref _next));
        _entries[key] = (followUp, time.GetUtcNow() + options.FollowUpExpiry);
        _order.Enqueue(key);
        while (_entries.Count > options.MaxFollowUps && _order.TryDequeue(out var oldest))
            _entries.TryRemove(oldest, out _);
        return key;
    }

    public FollowUp? Find(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
            return null;
        if (entry.Expires > time.GetUtcNow())
            return entry.FollowUp;
        _entries.TryRemove(key, out _);
        return null;
    }

    private static string ToBase36(long value)
    {
        const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> buffer = stackalloc char[13];
        var i = buffer.Length;
        do
        {
            buffer[--i] = Digits[(int)(value % 36)];
            value /= 36;
        }
        while (value > 0);
        return new string(buffer[i..]);
    }
}
