using System.Runtime.CompilerServices;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Answerers;

/// <summary>
/// What a check reads of a question alone, worked out once per question: a yes/no question is held against fact after
/// fact, and what the claim says does not change between them. Kept no longer than the question is.
/// </summary>
internal sealed class QuestionMemo<T>
    where T : class
{
    private sealed record Entry(KnowledgeIndex Index, T Value);

    private readonly ConditionalWeakTable<ParsedQuestion, Entry> _read = [];

    public T Get(Turn t, Func<Turn, T> read)
    {
        // A question is read against the index it was parsed for; another index reads it afresh.
        if (_read.TryGetValue(t.Q, out var known) && ReferenceEquals(known.Index, t.Index))
            return known.Value;
        var value = read(t);
        _read.AddOrUpdate(t.Q, new(t.Index, value));
        return value;
    }
}
