using System.Collections;

namespace Bot.Engine.Query;

/// <summary>
/// A sentence's stems in the order it says them, which phrase checks walk, with a set beside them: answering asks whether
/// a sentence says a word thousands of times per question, and a search along the words made that most of its cost.
/// </summary>
internal sealed class StemList : IReadOnlyList<string>, ICollection<string>
{
    private readonly string[] _stems;
    private readonly HashSet<string> _set;

    public StemList(string[] stems)
    {
        _stems = stems;
        _set = new HashSet<string>(stems, StringComparer.Ordinal);
    }

    public int Length => _stems.Length;

    public int Count => _stems.Length;

    public string this[int index] => _stems[index];

    /// <summary>Whether the sentence says the stem; LINQ's <c>Contains</c> comes here too, through <see cref="ICollection{T}"/>.</summary>
    public bool Contains(string item) => _set.Contains(item);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_stems).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool ICollection<string>.IsReadOnly => true;

    public void CopyTo(string[] array, int arrayIndex) => _stems.CopyTo(array, arrayIndex);

    void ICollection<string>.Add(string item) => throw new NotSupportedException();

    void ICollection<string>.Clear() => throw new NotSupportedException();

    bool ICollection<string>.Remove(string item) => throw new NotSupportedException();
}
