using Bot.Engine.Model;

namespace Bot.Engine.Extraction;

/// <summary>An actor while extraction is still learning about it: names, the best role found so far, where it was seen.</summary>
internal sealed class ActorDraft(string name, ActorKind kind, Line line, string quote)
{
    public string Name { get; private set; } = name;
    public ActorKind Kind { get; } = kind;
    public List<string> Aliases { get; } = [];
    public string? Role => _role.Text;
    public int RoleRank => _role.Rank;
    public string? Affiliation { get; set; }
    public string? Gender { get; set; }
    public Line Line => _role.Line;
    public string Quote => _role.Quote;
    public string Id { get; set; } = "";

    /// <summary>For a group: its head noun and modifiers, so "Ruritanian veterans" folds into "Ruritanian war veterans".</summary>
    public string? Head { get; init; }
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    private readonly BestPhrase _role = new(line, quote);

    /// <summary>Mentions no name form covers, such as both groups in "Ruritanian and Bordurian officials".</summary>
    public List<(Line Line, int Start, int End)> Spans { get; } = [];

    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public void AddAlias(string alias)
    {
        alias = alias.Trim();
        if (alias.Length > 1 && !Names.Contains(alias, StringComparer.OrdinalIgnoreCase))
            Aliases.Add(alias);
    }

    /// <summary>Keeps the most telling role: an appositive or title beats a bare role noun.</summary>
    public void OfferRole(string role, int rank, Line line, string quote) => _role.Offer(role, rank, line, quote);

    public void AddToRole(string detail) => _role.Add(detail);

        /// <summary>Takes a longer name ("Tom Hale" for "Hale"), keeping the old one as an alias.</summary>
    public void Rename(string name)
    {
        var old = Name;
        Name = name;
        Aliases.RemoveAll(a => a.Equals(name, StringComparison.OrdinalIgnoreCase));
        AddAlias(old);
    }

    public void Absorb(ActorDraft other)
    {
        foreach (var alias in other.Names)
            AddAlias(alias);
        Affiliation ??= other.Affiliation;
        Spans.AddRange(other.Spans);
        Gender ??= other.Gender;
        if (other.Role is { } role)
            OfferRole(role, other._role.Rank, other.Line, other.Quote);
    }
}
