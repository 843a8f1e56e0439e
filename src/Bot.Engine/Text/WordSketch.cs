namespace Bot.Engine.Text;

/// <summary>
/// A 256-bit sketch of a set of words: a word whose bit is clear is certainly not in the set, so looking for
/// a word a set lacks (the usual case when ranking) mostly costs one bit test instead of a hash look-up.
/// A set bit proves nothing; the set itself must still be asked.
/// </summary>
public readonly record struct WordSketch
{
    private readonly ulong _bits0;
    private readonly ulong _bits1;
    private readonly ulong _bits2;
    private readonly ulong _bits3;

    public WordSketch(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var bit = Bit(word);
            var mask = 1UL << (bit & 63);
            switch (bit >> 6)
            {
                case 0: _bits0 |= mask; break;
                case 1: _bits1 |= mask; break;
                case 2: _bits2 |= mask; break;
                default: _bits3 |= mask; break;
            }
        }
    }

    /// <summary>A word's bit, the same in every sketch: worked out once per word looked for, not once per set.</summary>
    public static int Bit(string word) => word.GetHashCode() & 255;

    public bool MayContain(int bit) => ((bit >> 6) switch { 0 => _bits0, 1 => _bits1, 2 => _bits2, _ => _bits3 } & (1UL << (bit & 63))) != 0;
}

/// <summary>A word to look for in sketched sets, with its bit worked out once.</summary>
public readonly record struct WordProbe(string Word)
{
    public int Bit { get; } = WordSketch.Bit(Word);
}
