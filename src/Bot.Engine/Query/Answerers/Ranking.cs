namespace Bot.Engine.Query.Answerers;

/// <summary>
/// Ranked facts put in order only as far as they are read: best first, ties in the order given, exactly as
/// <see cref="Ranker.SortBestFirst"/> orders them. A yes/no check stops at the first fact it accepts, mostly one of
/// the first few of a hundred and more, so the rest are never sorted.
/// </summary>
internal sealed class Ranking
{
    private readonly List<Scored> _scored;

    /// <summary>
    /// Places in <see cref="_scored"/>: the first <see cref="_ordered"/> best first, the rest a heap of those not yet
    /// ordered with its root in the last slot, so that taking the root frees the very slot the next in order goes in.
    /// </summary>
    private readonly int[] _slots;

    private int _ordered;

    public Ranking(List<Scored> scored)
    {
        _scored = scored;
        _slots = new int[scored.Count];
        for (var i = 0; i < _slots.Length; i++)
            _slots[i] = i;
        for (var node = (_slots.Length / 2) - 1; node >= 0; node--)
            SiftDown(node, _slots.Length);
    }

    /// <summary>The best-ranked fact the test accepts, if any.</summary>
    public Scored? FirstOrDefault(Func<Scored, bool> accept)
    {
        for (var rank = 0; rank < _slots.Length; rank++)
        {
            if (rank == _ordered)
                TakeBest();
            if (_scored[_slots[rank]] is var scored && accept(scored))
                return scored;
        }
        return null;
    }

    /// <summary>
    /// The best-ranked fact that passes a cheap test and the test that accepts it. The cheap one is read on every fact
    /// before any is put in order: when none passes, nothing is sorted.
    /// </summary>
    public Scored? FirstOrDefault(Func<Scored, bool> passes, Func<Scored, bool> accept) =>
        _scored.Exists(s => passes(s)) ? FirstOrDefault(s => passes(s) && accept(s)) : null;

    private void TakeBest()
    {
        var size = _slots.Length - _ordered;
        var best = Slot(0);
        Slot(0) = Slot(size - 1);
        SiftDown(0, size - 1);
        _slots[_ordered++] = best;
    }

    /// <summary>The heap's node, counted from its root in the last slot.</summary>
    private ref int Slot(int node) => ref _slots[_slots.Length - 1 - node];

    private void SiftDown(int node, int size)
    {
        while ((2 * node) + 1 < size)
        {
            var child = (2 * node) + 1;
            if (child + 1 < size && Before(Slot(child + 1), Slot(child)))
                child++;
            if (!Before(Slot(child), Slot(node)))
                return;
            (Slot(child), Slot(node)) = (Slot(node), Slot(child));
            node = child;
        }
    }

    /// <summary>Whether the fact at one place ranks before the one at another: the better score, or the same one given earlier.</summary>
    private bool Before(int place, int other)
    {
        var (key, otherKey) = (Ranker.BestFirst(_scored[place].Score), Ranker.BestFirst(_scored[other].Score));
        return key != otherKey ? key < otherKey : place < other;
    }
}
