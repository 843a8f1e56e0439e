namespace Bot.Engine.Model;

/// <summary>Where a fact comes from: a verbatim quote located in a paragraph of an article.</summary>
public sealed record Evidence(string Article, int Paragraph, string Quote);

public enum ActorKind { Person, State, Organisation, Group }

public enum Stance { Supports, Opposes, Neutral, Mixed }

public enum DatePrecision { Year, Month, Day }

/// <summary>A date as precise as the article gives it; the year may only be implied.</summary>
public sealed record FactDate(int Year, int? Month, int? Day, bool YearInferred)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;
}

/// <summary>Every fact has an id, optional extra keywords a reader might use, and evidence.</summary>
public abstract record Fact(string Id, IReadOnlyList<string> Keywords, Evidence Evidence)
{
    /// <summary>The plain-language text shown to a user for this fact.</summary>
    public abstract string Text { get; }
}

public sealed record Actor(string Id, string Name, ActorKind Kind, IReadOnlyList<string> Aliases, string Role,
    string? Affiliation, string? Gender, Evidence Evidence) : Fact(Id, [], Evidence)
{
    public override string Text => $"{Name}: {Role}";
}

public sealed record Topic(string Id, string Name, IReadOnlyList<string> Aliases, string? Description, Evidence Evidence)
    : Fact(Id, [], Evidence)
{
    public override string Text => Description ?? Name;
}

public sealed record Position(string Id, string Actor, string Topic, Stance Stance, string Statement,
    IReadOnlyList<string> Keywords, Evidence Evidence) : Fact(Id, Keywords, Evidence)
{
    public override string Text => Statement;
}

public sealed record Event(string Id, FactDate Date, IReadOnlyList<string> Participants, IReadOnlyList<string> Topics,
    string Summary, IReadOnlyList<string> Keywords, Evidence Evidence) : Fact(Id, Keywords, Evidence)
{
    public override string Text => Summary;
}

public sealed record Reason(string Text, Evidence Evidence);

public sealed record Explanation(string Id, string Claim, IReadOnlyList<string> About, IReadOnlyList<Reason> Reasons,
    IReadOnlyList<string> Keywords, Evidence Evidence) : Fact(Id, Keywords, Evidence)
{
    public override string Text => Claim;
}

public sealed record Relation(string Id, string From, string To, string Kind, string Description,
    IReadOnlyList<string> Keywords, Evidence Evidence) : Fact(Id, Keywords, Evidence)
{
    public override string Text => Description;
}

public sealed record Statement(string Id, string Speaker, FactDate? Date, string Said,
    IReadOnlyList<string> Keywords, Evidence Evidence) : Fact(Id, Keywords, Evidence)
{
    public override string Text => Said;
}

public sealed record ListFact(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Items,
    IReadOnlyList<string> Keywords, Evidence Evidence) : Fact(Id, Keywords, Evidence)
{
    public override string Text => $"{Name}: {ItemsText}";

    /// <summary>Short items as in prose ("A, B and C"); long ones, which may hold commas of their own, apart with semicolons.</summary>
    public string ItemsText => Items.Count > 1 && Items.All(i => !i.Contains(',') && i.Count(c => c == ' ') < ShortItemWords)
        ? $"{string.Join(", ", Items.Take(Items.Count - 1))} and {Items[^1]}"
        : string.Join("; ", Items);

    /// <summary>Items of fewer words than this are short enough to list with commas.</summary>
    private const int ShortItemWords = 4;
}

/// <summary>What the annotation says about the article as a whole.</summary>
public sealed record ArticleInfo(string? Source, FactDate? Published, string? Summary, Evidence? SummaryEvidence);

/// <summary>One article with everything annotated about it.</summary>
public sealed class ArticleModel
{
    public required Article Article { get; init; }

    /// <summary>Drafted from the text at load, not curated: its facts are clauses cut from sentences, not summaries.</summary>
    public bool Drafted { get; init; }
    public required ArticleInfo Info { get; init; }
    public IReadOnlyList<Actor> Actors { get; init; } = [];
    public IReadOnlyList<Topic> Topics { get; init; } = [];
    public IReadOnlyList<Position> Positions { get; init; } = [];
    public IReadOnlyList<Event> Events { get; init; } = [];
    public IReadOnlyList<Explanation> Explanations { get; init; } = [];
    public IReadOnlyList<Relation> Relations { get; init; } = [];
    public IReadOnlyList<Statement> Statements { get; init; } = [];
    public IReadOnlyList<ListFact> Lists { get; init; } = [];

    /// <summary>Words readers use for this article's own words ("bs": ["excuse"]), matched both ways.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>All loaded articles; the engine answers across them.</summary>
public sealed class KnowledgeBase(IReadOnlyList<ArticleModel> articles)
{
    public IReadOnlyList<ArticleModel> Articles { get; } = articles;
}
