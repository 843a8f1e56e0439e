using Bot.Engine.Loading;
using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Stages;

/// <summary>
/// The harbour article indexed once for the stage tests, with its author added as an actor (aliases "author",
/// "the author") so questions framed by the author can be read; and a helper for hand-made questions.
/// </summary>
internal static class StageIndex
{
    private const string Author = """
        actors:
          - id: ortiz
            name: Lena Ortiz
            kind: person
            aliases: [Ortiz, author, the author]
            role: "Reporter for the Coastal Herald who wrote the article."
            gender: female
            quote: "Lena Ortiz is a reporter for the Coastal Herald"

        """;

    private static readonly Lazy<KnowledgeIndex> LazyHarbour = new(Load);

    public static KnowledgeIndex Harbour => LazyHarbour.Value;

    /// <summary>The harbour fact with this id.</summary>
    public static IndexedFact Fact(string id) => Harbour.Facts.Single(f => f.Fact.Id == id);

    /// <summary>A question as the parser would leave it, built by hand: space-separated words and the spans that name things.</summary>
    public static ParsedQuestion Question(string words, Intent intent, params Mention[] mentions) => new()
    {
        Text = words,
        Words = words,
        Tokens = words.Split(' '),
        Intent = intent,
        Mentions = mentions,
    };

    private static KnowledgeIndex Load()
    {
        var model = HarbourArticle.Model.ReplaceLineEndings("\n").Replace("actors:\n", Author.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var seeds = new SeedFolder().With(HarbourArticle.FileName, HarbourArticle.Text).With(HarbourArticle.ModelFileName, model);
        return new KnowledgeIndex(SeedLoader.Load(seeds.Path));
    }
}
