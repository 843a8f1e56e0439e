using Bot.Engine.Model;
using Bot.Engine.Tests.Support;
using Xunit.Abstractions;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// Strangers' conversations built from the evaluation questions, mutated, against the seeded article (curated and
/// drafted) and each unannotated tuning article (drafted at load). A short deterministic run in CI; a developer runs
/// it longer with <c>BOT_FUZZ_ITERATIONS=200000</c> (questions per target) and another <c>BOT_FUZZ_SEED</c>. Two more
/// targets hold several articles at once: all of them loaded together, and a reload in mid-conversation between the
/// curated seed and a drafted one beside another article.
/// </summary>
public sealed class ConversationFuzzTests(ITestOutputHelper output)
{
    private const int DefaultTurns = 1000;
    private const int ShownFailures = 10;

    private static readonly string[] SeededSets = ["questions.yaml", "tuning.yaml", "fresh.yaml", "fresh3.yaml", "fresh4.yaml"];
    private static readonly string[] UnannotatedArticles = ["second", "caucasus", "fourth", "sixth", "seventh", "ninth", "tenth", "eleventh", "thirteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth"];
    private static readonly string[] AllSets = [.. SeededSets, .. UnannotatedArticles.Select(SetOf)];

    public static TheoryData<string> Targets() => ["curated", "drafted", .. UnannotatedArticles, "all", "reload"];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Ask_KeepsEveryInvariant_WhenStrangersMutateTheEvaluationQuestions(string target)
    {
        var (knowledge, sets, reloaded) = target switch
        {
            "curated" => (SeededEngine.Knowledge, SeededSets, null),
            "drafted" => (SeededEngine.Drafted(), SeededSets, null),
            "all" => (new KnowledgeBase([.. SeededEngine.Knowledge.Articles, .. UnannotatedArticles.SelectMany(a => SeededEngine.Unannotated(a).Articles)]), AllSets, null),
            "reload" => (SeededEngine.Knowledge, AllSets, new KnowledgeBase([.. SeededEngine.Drafted().Articles, .. SeededEngine.Unannotated("second").Articles])),
            _ => (SeededEngine.Unannotated(target), [SetOf(target)], (KnowledgeBase?)null),
        };
        var questions = sets.SelectMany(s => QuestionCase.LoadScripts(s).Values.SelectMany(steps => steps)).Select(c => c.Q).ToList();
        var turns = ConversationFuzzer.Setting("BOT_FUZZ_ITERATIONS", DefaultTurns);
        var seed = ConversationFuzzer.Setting("BOT_FUZZ_SEED", 1);

        var fuzzer = new ConversationFuzzer(knowledge, questions, reloaded);
        var failures = fuzzer.Run(seed, turns);

        output.WriteLine($"{target}: {turns} questions, seed {seed}, {failures.Count} failures; slowest answers:");
        foreach (var (first, again, question) in fuzzer.Slowest)
            output.WriteLine($"  {first.TotalMilliseconds,8:F2} ms, again {again.TotalMilliseconds,6:F2} ms  {question}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(ShownFailures)));
    }

    private static string SetOf(string unannotated) => $"{unannotated}-article.yaml";
}
