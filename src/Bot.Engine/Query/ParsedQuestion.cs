namespace Bot.Engine.Query;

/// <summary>A question taken apart: what it asks, whom it names, and the other words that matter.</summary>
internal sealed class ParsedQuestion
{
    public required string Words { get; init; }
    public required IReadOnlyList<string> Tokens { get; init; }
    public Intent Intent { get; set; }

    /// <summary>Entities named or pointed at, in the order they appear.</summary>
    public List<string> Entities { get; } = [];

    /// <summary>A name that fits several actors and nothing in the conversation settles.</summary>
    public Mention? Ambiguous { get; set; }

    /// <summary>Stems of the content words that are not names, dates or question words.</summary>
    public List<string> Residual { get; } = [];

    /// <summary>Content words no loaded article uses: a question about them cannot be answered.</summary>
    public List<string> Foreign { get; } = [];

    public HashSet<string> ForeignStems { get; } = new(StringComparer.Ordinal);

    /// <summary>A pronoun nothing in the conversation fits ("what did he say?" in a new chat).</summary>
    public string? Unresolved { get; set; }

    public DateQuery? Date { get; set; }
    public int Negations { get; set; }

    /// <summary>"and the other town?": the previous question again with a new subject.</summary>
    public bool FollowUp { get; set; }


    /// <summary>The question only points back ("why?") but the conversation has nothing to point at.</summary>
    public bool LacksContext { get; set; }

    /// <summary>The fact the conversation was last about, when the question leans on it.</summary>
    public IndexedFact? ContextFact { get; set; }

    public bool HasSubject => Entities.Count > 0 || Residual.Count > 0 || Date is not null;
}
