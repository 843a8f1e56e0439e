using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Bot.Engine.Query.Pipeline;

namespace Bot.Engine.Query.Conversations;

/// <summary>A question waiting for the user to say which of several people they meant.</summary>
internal sealed record Clarification(string Words, IReadOnlyList<string> Candidates);

/// <summary>
/// What one chat has been talking about, as an immutable value: each answer yields a new state, so
/// "what did he say?", "why?" and "and the other side?" mean the same on every platform.
/// </summary>
internal sealed record ConversationState
{
    /// <summary>How many entities a conversation keeps in mind for pronouns.</summary>
    public const int MaxEntities = 6;

    public static readonly ConversationState Empty = new();

    /// <summary>Entities spoken of, most recent first.</summary>
    public ImmutableArray<string> Entities { get; init; } = [];

    public Intent LastIntent { get; init; } = Intent.General;
    public IReadOnlyList<string> LastResidual { get; init; } = [];
    public IReadOnlyList<string> LastEntities { get; init; } = [];

    /// <summary>The fact the last answer rested on.</summary>
    public IndexedFact? LastFact { get; init; }

    /// <summary>The sentence the last answer showed whole, if it did.</summary>
    public IndexedSentence? LastSentence { get; init; }

    /// <summary>
    /// The text of the last answer that found something: "the second guy" is the second of the people it names. Kept as
    /// text and read only when a question points so, as linking every answer's words would slow every answer.
    /// </summary>
    public string? LastAnswerText { get; init; }

    /// <summary>
    /// The sentence read before the questions since that the article didn't answer: "that meeting" may still single it out,
    /// though "when was that?" no longer points at it.
    /// </summary>
    public IndexedSentence? ReadBeforeUnanswered { get; init; }

    /// <summary>Ranked facts of the last answer not shown yet, for "tell me more".</summary>
    public ImmutableQueue<IndexedFact> More { get; init; } = [];

    public Clarification? Pending { get; init; }

    /// <summary>A new state with these entities (most salient first) ahead of the ones spoken of before.</summary>
    public ConversationState Remember(IEnumerable<string> entities)
    {
        // A plain loop into an array handed over whole: this runs after every answer. The entities already kept are distinct.
        var kept = new string[MaxEntities];
        var count = 0;
        foreach (var id in entities.Concat(Entities))
        {
            if (Array.IndexOf(kept, id, 0, count) >= 0)
                continue;
            kept[count++] = id;
            if (count == MaxEntities)
                break;
        }
        return this with { Entities = ImmutableCollectionsMarshal.AsImmutableArray(count == MaxEntities ? kept : kept[..count]) };
    }
}
