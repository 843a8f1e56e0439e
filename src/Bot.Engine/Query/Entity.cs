using Bot.Engine.Model;

namespace Bot.Engine.Query;

/// <summary>Something a question can name: an actor or a topic, merged across articles by id.</summary>
internal sealed class Entity(string id, string name, bool isActor)
{
    public string Id { get; } = id;
    public string Name { get; } = name;

    /// <summary>The content stems of the name, worked out once: questions ask for them all the time.</summary>
    public IReadOnlyList<string> NameStems => _nameStems ??= [.. Words.ContentStems(Name)];

    private IReadOnlyList<string>? _nameStems;

    /// <summary>The same stems as a set, to look words up in: read only, shared by every question naming the entity.</summary>
    public HashSet<string> NameStemSet => _nameStemSet ??= new(NameStems, StringComparer.Ordinal);

    private HashSet<string>? _nameStemSet;
    public bool IsActor { get; } = isActor;
    public List<Actor> Actors { get; } = [];
    public List<Topic> Topics { get; } = [];

    /// <summary>For a topic, the actors its name and aliases speak of ("the alliance's mandate" → the alliance).</summary>
    public HashSet<string> RelatedActors { get; } = new(StringComparer.Ordinal);

    public ActorKind? Kind => Actors.Count > 0 ? Actors[0].Kind : null;
    public string? Gender => Actors.Select(a => a.Gender).FirstOrDefault(g => g is not null);
    public string? Affiliation => Actors.Select(a => a.Affiliation).FirstOrDefault(a => a is not null);
    public bool IsPerson => Kind == ActorKind.Person;

    /// <summary>Whether a pronoun of this kind ("male", "female", "plural", "thing") can point at this entity.</summary>
    public bool FitsPronoun(string pronoun) => pronoun switch
    {
        "male" => IsPerson && Gender is null or "male",
        "female" => IsPerson && Gender is "female",
        "plural" => !IsPerson,
        _ => !IsPerson,
    };
}
