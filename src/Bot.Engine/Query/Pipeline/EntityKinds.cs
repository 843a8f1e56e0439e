namespace Bot.Engine.Query.Pipeline;

/// <summary>Words that ask for the articles' actors themselves ("which countries are mentioned"), by kind.</summary>
internal static class EntityKinds
{
    public static readonly HashSet<string> EntityWords = Stems(
        "actor", "people", "person", "persons", "country", "countries", "state", "states", "organization", "organisation", "organizations",
        "organisations", "group", "groups", "player", "participant", "participants", "name", "names", "individual", "individuals", "leader",
        "leaders", "nation", "nations", "figure", "figures");

    public static readonly HashSet<string> PersonWords = Stems("people", "person", "persons", "individual", "individuals", "leader", "leaders", "figure", "figures");
    public static readonly HashSet<string> StateWords = Stems("country", "countries", "state", "states", "nation", "nations");
    public static readonly HashSet<string> BodyWords = Stems("organization", "organisation", "organizations", "organisations", "group", "groups");

    /// <summary>"which countries are mentioned", "who are the people quoted": only kinds of actor are asked for.</summary>
    public static bool AsksForEntities(ParsedQuestion q) =>
        q.Tokens.Any(t => EntityWords.Contains(Text.Stemmer.Stem(t))) && q.Residual.All(EntityWords.Contains);

    private static HashSet<string> Stems(params string[] words) => [.. words.Select(Text.Stemmer.Stem)];
}
