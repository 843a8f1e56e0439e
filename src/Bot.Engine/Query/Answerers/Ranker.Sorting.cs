using System.Buffers;

namespace Bot.Engine.Query.Answerers;

/// <summary>Ranked facts put best first, as a stable sort by score would, without a delegate per comparison.</summary>
internal static partial class Ranker
{
    /// <summary>
    /// Sorts best first, ties in the order given (the article's), as <c>OrderByDescending(s =&gt; s.Score)</c> does:
    /// a stable order, so that leaving out facts before ranking never reorders those kept. Scores are held in
    /// place instead of called for through a delegate.
    /// </summary>
    internal static void SortBestFirst(List<Scored> ranked)
    {
        if (ranked.Count < 2)
            return;
        var count = ranked.Count;
        var rented = count <= MaxKeysOnStack ? null : ArrayPool<ByScore>.Shared.Rent(count);
        var keys = rented is null ? stackalloc ByScore[count] : rented.AsSpan(0, count);
        for (var i = 0; i < count; i++)
            keys[i] = new ByScore(BestFirst(ranked[i].Score), i);
        keys.Sort();
        var unsorted = ArrayPool<Scored>.Shared.Rent(count);
        ranked.CopyTo(unsorted);
        for (var i = 0; i < count; i++)
            ranked[i] = unsorted[keys[i].At];
        ArrayPool<Scored>.Shared.Return(unsorted, clearArray: true);
        if (rented is not null)
            ArrayPool<ByScore>.Shared.Return(rented);
    }

    /// <summary>Sixteen bytes a key: a few kilobytes of stack at most.</summary>
    private const int MaxKeysOnStack = 256;

    /// <summary>A score's key, ordered as <c>b.Score.CompareTo(a.Score)</c> orders scores but compared as a whole number; then by place.</summary>
    private readonly record struct ByScore(long Key, int At) : IComparable<ByScore>
    {
        public int CompareTo(ByScore other) => Key != other.Key ? Key.CompareTo(other.Key) : At.CompareTo(other.At);
    }

    /// <summary>
    /// A key that sorts the higher score first, as double comparison does: its bits, negative ones flipped so they
    /// run the other way, all inverted; minus zero is zero, and NaN (which compares below every number) comes last.
    /// </summary>
    internal static long BestFirst(double score)
    {
        if (double.IsNaN(score))
            return long.MaxValue;
        var bits = BitConverter.DoubleToInt64Bits(score == 0 ? 0 : score);
        return ~(bits >= 0 ? bits : bits ^ long.MaxValue);
    }
}
