using System.Collections.Concurrent;

namespace Bot.Engine.Text;

/// <summary>
/// Results worked out from short pieces of text, remembered because chats repeat themselves. Bounded both
/// ways, since the text comes from users: longer texts are never remembered, and a full memo starts afresh.
/// Thread-safe; the work must be pure, as two threads may do it at once for the same text.
/// </summary>
public sealed class TextMemo<TValue>(int maxEntries, int maxTextLength)
{
    private readonly ConcurrentDictionary<string, TValue> _remembered = new(StringComparer.Ordinal);

    public int Count => _remembered.Count;

    public TValue GetOrAdd<TArg>(string text, Func<string, TArg, TValue> work, TArg arg)
    {
        if (text.Length > maxTextLength)
            return work(text, arg);
        if (_remembered.TryGetValue(text, out var known))
            return known;
        var value = work(text, arg);
        if (_remembered.Count >= maxEntries)
            _remembered.Clear();
        _remembered[text] = value;
        return value;
    }
}
