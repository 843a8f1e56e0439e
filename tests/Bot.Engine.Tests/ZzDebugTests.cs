using Bot.Engine.Query;
using Bot.Engine.Query.Pipeline;
using Bot.Engine.Tests.Support;
using Xunit.Abstractions;

namespace Bot.Engine.Tests;

public sealed class ZzDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void ZzDebug()
    {
        if (Environment.GetEnvironmentVariable("DBG_SET") is null) return;
        foreach (var raw in File.ReadAllLines("/tmp/dbg/q.txt"))
        {
            var name = raw.Split('|')[0];
            var line = raw[(name.Length + 1)..];
            var kb = name.StartsWith('/') ? Bot.Engine.Loading.SeedLoader.Load(name) : name == "seeded" ? SeededEngine.Knowledge : name == "draft" ? SeededEngine.Drafted() : SeededEngine.Unannotated(name);
            var engine = new QueryEngine(kb);
            var index = new KnowledgeIndex(kb);
            var q = index.Parse(line);
            var d = RefusalPolicy.Decide(q);
            output.WriteLine($"Q: {line}\n  intent={q.Intent} ents=[{string.Join(",", q.Entities)}] resid=[{string.Join(",", q.Residual)}] foreign=[{string.Join(",", q.Foreign)}] setaside=[{string.Join(",", q.SetAside)}] reach=[{string.Join(",", q.Reachable)}] missing=[{string.Join(",", d.Missing)}]");
            output.WriteLine("  A: " + engine.Ask(new Question(Guid.NewGuid().ToString("N"), line)).Text);
        }
    }
}
