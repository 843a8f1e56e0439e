using System.Numerics;
using System.Runtime.CompilerServices;

namespace Bot.Engine.Text;

/// <summary>
/// A fixed set of words (ordinal) looked up by a <see cref="WordProbe"/>, whose hash is worked out once however
/// many sets it is looked for in: ranking looks for each word of a question in every fact and sentence, and
/// mostly does not find it, which a 256-bit sketch of the set's hashes tells at once.
/// </summary>
public sealed class WordSet
{
    private readonly Sketch _sketch;

    /// <summary>At most half the slots are used, so a search ends at an empty slot soon.</summary>
    private readonly (int Hash, string? Word)[] _slots;
    private readonly int _mask;

    public WordSet(IEnumerable<string> words)
    {
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        _slots = new (int, string?)[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinSlots, distinct.Count * 2))];
        _mask = _slots.Length - 1;
        foreach (var word in distinct)
        {
            var hash = WordProbe.HashOf(word);
            _sketch[SketchBit(hash) >> 6] |= 1UL << SketchBit(hash);
            var slot = hash & _mask;
            while (_slots[slot].Word is not null)
                slot = (slot + 1) & _mask;
            _slots[slot] = (hash, word);
        }
    }

    private const int MinSlots = 4;

    public bool Contains(WordProbe probe)
    {
        var bit = SketchBit(probe.Hash);
        if ((_sketch[bit >> 6] & (1UL << bit)) == 0)
            return false;
        for (var slot = probe.Hash & _mask; _slots[slot].Word is { } word; slot = (slot + 1) & _mask)
        {
            if (_slots[slot].Hash == probe.Hash && string.Equals(word, probe.Word, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>The hash's top byte, which the slots (its low bits) do not use. A shift by it keeps its low six bits.</summary>
    private static int SketchBit(int hash) => (int)((uint)hash >> 24);

    [InlineArray(4)]
    private struct Sketch
    {
        private ulong _bits;
    }
}

/// <summary>A word to look for in <see cref="WordSet"/>s, with its hash worked out once.</summary>
public readonly record struct WordProbe(string Word)
{
    public int Hash { get; } = HashOf(Word);

    public static int HashOf(string word) => word.GetHashCode(StringComparison.Ordinal);
}
