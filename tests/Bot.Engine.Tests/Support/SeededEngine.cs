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

    public static Answer Ask(string text, string? conversation = null) =>
        Engine.Ask(new Question(conversation ?? Guid.NewGuid().ToString("N"), text));
}
