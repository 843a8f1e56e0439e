using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// What a check reads of a question alone, worked out once per question: a yes/no question is held against fact after
/// fact, and what the claim says does not change between them. Only the last few questions are kept, in a small ring
/// looked through by reference: one answer reads one question (or a few readings of it) over and over, while a table
/// weakly keyed by question cost a lock and a GC handle for every new question, which every collection then had to scan.
/// Thread-safe: an entry is immutable and replaced whole, so a race only makes a question be read twice.
/// </summary>
internal sealed class QuestionMemo<T>
    where T : class
{
    private sealed record Entry(ParsedQuestion Question, KnowledgeIndex Index, T Value);

    /// <summary>How many questions are kept: the readings of one question one answer takes turns with, and a few more.</summary>
    private const int Kept = 8;

    private readonly Entry?[] _kept = new Entry?[Kept];
    private int _written;

    public T Get(Turn t, Func<Turn, T> read)
    {
        // A question is read against the index it was parsed for; another index reads it afresh.
        foreach (var entry in _kept)
        {
            if (entry is not null && ReferenceEquals(entry.Question, t.Q) && ReferenceEquals(entry.Index, t.Index))
                return entry.Value;
        }
        var value = read(t);
        Volatile.Write(ref _kept[(int)((uint)Interlocked.Increment(ref _written) % Kept)], new Entry(t.Q, t.Index, value));
        return value;
    }
}
