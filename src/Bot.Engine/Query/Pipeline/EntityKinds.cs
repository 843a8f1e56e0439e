using Bot.Engine.Text;
namespace Bot.Engine.Query.Pipeline;

/// <summary>Words that ask for the articles' actors themselves ("which countries are mentioned"), by kind.</summary>
internal static class EntityKinds
{
    public static readonly HashSet<string> EntityWords = Vocabulary.Stems(
        "actor", "people", "person", "persons", "country", "countries", "state", "states", "organization", "organisation", "organizations",
        "organisations", "group", "groups", "player", "participant", "participants", "name", "names", "individual", "individuals", "leader",
        "leaders", "nation", "nations", "figure", "figures", "government", "governments");

    public static readonly HashSet<string> PersonWords = Vocabulary.Stems("people", "person", "persons", "individual", "individuals", "leader", "leaders", "figure", "figures");
    public static readonly HashSet<string> StateWords = Vocabulary.Stems("country", "countries", "state", "states", "nation", "nations", "government", "governments");
    public static readonly HashSet<string> BodyWords = Vocabulary.Stems("organization", "organisation", "organizations", "organisations", "group", "groups");

    /// <summary>Whether an actor is of the kind the stem names: a state of "country", a person of "leader", any actor of "actor".</summary>
    public static bool OfKind(Entity actor, string stem) =>
        StateWords.Contains(stem) ? actor.Kind == Model.ActorKind.State
        : PersonWords.Contains(stem) ? actor.IsPerson
        : BodyWords.Contains(stem) ? actor.Kind is Model.ActorKind.Organisation or Model.ActorKind.Group
        : EntityWords.Contains(stem);

    /// <summary>"which countries held summits with X?": actors of a kind are asked for, who did what the rest says.</summary>
    public static bool AsksWhichOfAKind(ParsedQuestion q) =>
        q.Tokens.Count > 2 && q.Tokens[0] is "which" or "what" && IsKindWord(q.Tokens[1]);

    /// <summary>"which countries are mentioned", "who are the people quoted": only kinds of actor are asked for.</summary>
    public static bool AsksForEntities(ParsedQuestion q) =>
        q.Tokens.Any(IsKindWord) && q.Residual.AllIn(EntityWords) && !PointsAtOne(q);

    /// <summary>"countries", "groups": a kind of actor; "stated" shares a stem with "state" but is a verb.</summary>
    public static bool IsKindWord(string token) => !token.EndsWith("ed", StringComparison.Ordinal) && EntityWords.Contains(Text.Stemmer.Stem(token));

    /// <summary>"that organization", "these groups": one already spoken of, not the kind as a whole.</summary>
    private static bool PointsAtOne(ParsedQuestion q)
    {
        for (var i = 1; i < q.Tokens.Count; i++)
        {
            if (q.Tokens[i - 1] is "that" or "this" or "those" or "these" && IsKindWord(q.Tokens[i]))
                return true;
        }
        return false;
    }
}
