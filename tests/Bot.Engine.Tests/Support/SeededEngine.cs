using Bot.Engine.Extraction;
using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.Engine.Tests.Support;

/// <summary>The shipped seeds, loaded once for all tests (each test uses its own conversation ids).</summary>
public static class SeededEngine
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds")));
    private static readonly Lazy<QueryEngine> LazyEngine = new(() => new QueryEngine(Knowledge));

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    public static QueryEngine Engine => LazyEngine.Value;

    /// <summary>The seeded article with a machine draft in place of its curated annotation.</summary>
    public static KnowledgeBase Drafted() => new([.. Knowledge.Articles.Select(m => ArticleExtractor.Extract(m.Article))]);

    /// <summary>A published analysis kept with its source note in Cases/NAME, with no annotation (drafted at load).</summary>
    public static KnowledgeBase Unannotated(string name) => SeedLoader.Load(Path.Combine(AppContext.BaseDirectory, "Cases", name));

    public static Answer Ask(string text, string? conversation = null) =>
        Engine.Ask(new Question(conversation ?? Guid.NewGuid().ToString("N"), text));
}
