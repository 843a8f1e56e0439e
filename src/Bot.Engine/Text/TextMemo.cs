using System.Collections.Concurrent;
using System.Numerics;

namespace Bot.Engine.Text;

/// <summary>Sizes shared by the memos of the answering path.</summary>
public static class TextMemo
{
    /// <summary>
    /// How many texts a memo of the answering path holds. Busy chats cycle through some ten thousand distinct questions
    /// (and their words) before one comes again; a memo smaller than that cycle is emptied before any text comes back,
    /// so it never hits and only costs its bookkeeping. Some 40 MB more at most, all memos together.
    /// </summary>
    public const int WorkingSet = 32_768;
}

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

    /// <summary>
    /// The texts remembered, counted here: the dictionary counts by taking every lock, which stalls the threads
    /// answering at the same time. A race may leave it a few off until the memo starts afresh.
    /// </summary>
    private int _count;

    /// <summary>
    /// The hashes of texts seen once, by open addressing (0 marks an empty slot), so texts whose hashes meet in one
    /// slot do not push each other out. Started afresh when half full. A race or two texts of one hash only remember
    /// a text sooner or later.
    /// </summary>
    private readonly int[] _seen;
    private int _seenCount;

    public TextMemo(int maxEntries, int maxTextLength)
    {
        _maxEntries = maxEntries;
        _maxTextLength = maxTextLength;
        _seen = new int[BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, 2 * maxEntries))];
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
            if (Volatile.Read(ref _count) >= _maxEntries)
            {
                _remembered.Clear();
                Volatile.Write(ref _count, 0);
            }
            if (_remembered.TryAdd(text, value))
                Interlocked.Increment(ref _count);
        }
        return value;
    }

    private bool SeenBefore(string text)
    {
        var hash = StringComparer.Ordinal.GetHashCode(text);
        if (hash == 0)
            hash = 1;
        var mask = _seen.Length - 1;
        for (int probe = 0, slot = hash & mask; probe < _seen.Length; probe++, slot = (slot + 1) & mask)
        {
            var seen = Interlocked.CompareExchange(ref _seen[slot], hash, 0);
            if (seen == hash)
                return true;
            if (seen == 0)
            {
                if (Interlocked.Increment(ref _seenCount) >= _seen.Length / 2)
                    StartAfresh(hash);
                return false;
            }
        }
        StartAfresh(hash);
        return false;
    }

    /// <summary>Forgets every text seen once but the one just seen.</summary>
    private void StartAfresh(int hash)
    {
        Array.Clear(_seen);
        _seen[hash & (_seen.Length - 1)] = hash;
        Volatile.Write(ref _seenCount, 1);
    }
}
