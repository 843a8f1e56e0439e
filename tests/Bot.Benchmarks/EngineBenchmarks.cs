using BenchmarkDotNet.Attributes;
using Bot.Engine.Loading;
using Bot.Engine.Model;
using Bot.Engine.Query;

namespace Bot.Benchmarks;

/// <summary>Model load (parse, validate, index) and the time and allocations of one answer per kind of question.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class EngineBenchmarks
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    private KnowledgeBase _knowledge = null!;
    private QueryEngine _engine = null!;
    private int _conversation;

    [Params("who", "position", "supporters", "date", "when", "why", "list", "compare", "yesno", "quote", "relation", "about", "unknown", "order", "twoparts", "casual")]
    public string Kind { get; set; } = "who";

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = SeedLoader.Load(Seeds);
        _engine = new QueryEngine(_knowledge);
    }

    /// <summary>
    /// Whether the same text comes every time (the engine remembers how it parsed a repeated question) or each
    /// time a text it has not seen: the question followed by invisible characters spelling a counter.
    /// </summary>
    [Params(true, false)]
    public bool Repeated { get; set; } = true;

    [Benchmark]
    public Answer Answer()
    {
        var n = _conversation++;
        var text = Repeated ? Questions[Kind] : Questions[Kind] + Invisible(n);
        return _engine.Ask(new Question($"bench-{n % 1000}", text));
    }

    /// <summary>A counter in base four, written with zero-width characters the engine reads past.</summary>
    private static string Invisible(int n)
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++, n /= 4)
            chars[i] = "\u200B\u200C\u200D\u2060"[n % 4];
        return new string(chars);
    }

    private static readonly Dictionary<string, string> Questions = new()
    {
        ["who"] = "who's shamanov",
        ["position"] = "what does astana want the csto to do",
        ["supporters"] = "who opposes sending troops to syria",
        ["date"] = "what happened on june 22",
        ["when"] = "when did the veterans protest",
        ["why"] = "why did kazakhstan refuse to send peacekeepers",
        ["list"] = "what are the three sources of opposition",
        ["compare"] = "compare moscow's and astana's view of karabakh",
        ["yesno"] = "Did Kazakhstan vote against Assad at the UN?",
        ["quote"] = "who said kazakhstan is not negotiating",
        ["relation"] = "how are kazakhstan and azerbaijan connected",
        ["about"] = "what is the article about",
        ["unknown"] = "what is kazakhstan's gdp",
        ["order"] = "how long after the announcement did the denial come?",
        ["twoparts"] = "who wrote it and where was it published?",
        ["casual"] = "wat's the deal with kz n syria, short version pls",
    };
}

/// <summary>Loading the seeds folder into a ready engine: read, parse, validate every quote, build the index.</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    private readonly string _seeds = Path.Combine(AppContext.BaseDirectory, "seeds");

    [Benchmark]
    public QueryEngine LoadValidateIndex() => new(SeedLoader.Load(_seeds));
}

/// <summary>Drafting the shipped article's knowledge model from its text alone (what a seed without an annotation costs at load).</summary>
[MemoryDiagnoser]
public class DraftBenchmarks
{
    private readonly string _text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "csto-rift-grows-between-moscow-and-astana.txt"));

    [Benchmark]
    public ArticleModel DraftFromText() => Bot.Engine.Extraction.ArticleExtractor.Extract("article", "article.txt", _text);
}
