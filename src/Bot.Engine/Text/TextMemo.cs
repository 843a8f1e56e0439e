using System.Collections.Concurrent;

namespace Bot.Engine.Text;

/// <summary>
/// Results worked out from short pieces of text, remembered because chats repeat themselves. Bounded, since the
/// text comes from users: longer texts are never remembered, a full memo starts afresh, and a text is only
/// remembered the second time it comes, so one-off texts leave nothing behind to be collected later.
/// Thread-safe; the work must be pure, as two threads may do it at once for the same text.
/// </summary>
public sealed class TextMemo<TValue>
{
    private readonly int _maxEntries;
    private readonly int _maxTextLength;
    private readonly ConcurrentDictionary<string, TValue> _remembered = new(StringComparer.Ordinal);

    /// <summary>The hash of the last text seen in each slot. A race or a clash only remembers a text sooner.</summary>
    private readonly int[] _seen;

    public TextMemo(int maxEntries, int maxTextLength)
    {
        _maxEntries = maxEntries;
        _maxTextLength = maxTextLength;
        _seen = new int[maxEntries];
    }

    public int Count => _remembered.Count;

    public TValue GetOrAdd<TArg>(string text, Func<string, TArg, TValue> work, TArg arg)
    {
        if (text.Length > _maxTextLength)
            return work(text, arg);
        if (_remembered.TryGetValue(text, out var known))
            return known;
        var value = work(text, arg);
        if (SeenBefore(text))
        {
            if (_remembered.Count >= _maxEntries)
                _remembered.Clear();
            _remembered[text] = value;
        }
        return value;
    }

    private bool SeenBefore(string text)
    {
        var hash = StringComparer.Ordinal.GetHashCode(text);
        ref var slot = ref _seen[(uint)hash % (uint)_seen.Length];
        if (slot == hash)
            return true;
        slot = hash;
        return false;
    }
}
