using Bot.Engine.Loading;
using Bot.Engine.Query;

namespace Bot.Engine.Tests.Support;

/// <summary>An article a test writes, with no annotation: drafted at load, as a dropped-in article is.</summary>
public static class DraftedArticle
{
    public static Answer Ask(string fileName, string text, string question)
    {
        using var seeds = new SeedFolder().With(fileName, text);
        return new QueryEngine(SeedLoader.Load(seeds.Path)).Ask(new Question("c", question));
    }

    /// <summary>The questions asked in turn in one conversation: the answer to the last.</summary>
    public static Answer Converse(string fileName, string text, params string[] questions)
    {
        using var seeds = new SeedFolder().With(fileName, text);
        var engine = new QueryEngine(SeedLoader.Load(seeds.Path));
        Answer? last = null;
        foreach (var question in questions)
            last = engine.Ask(new Question("c", question));
        return last!;
    }
}
