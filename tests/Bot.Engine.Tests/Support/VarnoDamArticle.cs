namespace Bot.Engine.Tests.Support;

/// <summary>
/// A made-up article on a dam that two groups resist, annotated with one list of them; each test gives the list's head
/// (and aliases), which is what decides whether a count question counts it.
/// </summary>
public static class VarnoDamArticle
{
    private const string Article = """
        Dam Plan Meets Resistance

        By Ada Quill | March 4, 2021

        Resistance to the Varno dam comes from two places: the fishing cooperative of Lake Varno and the hill farmers' union. Both groups say the lake would flood their land.

        The ministry says the dam will be finished by 2026.
        """;

    /// <summary>The seeds, with <paramref name="listHead"/> as the list's name and any <paramref name="aliases"/>.</summary>
    public static SeedFolder Seeds(string listHead, params string[] aliases) =>
        new SeedFolder().With("varno-dam.txt", Article).With("varno-dam.model.yaml", Model(listHead, aliases));

    private static string Model(string listHead, string[] aliases) => $"""
        article:
          source: Valley Post
          summary: "A dam plan meets resistance from fishers and farmers."
          quote: "Resistance to the Varno dam comes from two places"
        actors:
          - id: ministry
            name: the ministry
            kind: organisation
            role: "The ministry building the dam."
            quote: "The ministry says the dam will be finished by 2026"
        topics:
          - id: dam
            name: the Varno dam
            aliases: [dam]
            quote: "the Varno dam"
        lists:
          - id: resistance
            name: {listHead}
            aliases: [{string.Join(", ", aliases)}]
            items: ["the fishing cooperative of Lake Varno", "the hill farmers' union"]
            quote: "the fishing cooperative of Lake Varno and the hill farmers' union"
        """;
}
