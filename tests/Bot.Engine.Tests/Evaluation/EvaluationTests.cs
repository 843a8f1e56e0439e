using Bot.Engine.Tests.Support;
using Xunit.Abstractions;

namespace Bot.Engine.Tests.Evaluation;

/// <summary>
/// The evaluation sets in Cases/: questions written from the article alone by writers who had not seen
/// the engine, in six personas. CI scores the tuning set. The locked set is scored only to report, with
/// <c>BOT_EVAL_SET=locked dotnet test --filter EvaluationSet --logger "console;verbosity=detailed"</c>,
/// which prints its accuracy by kind and persona but never its misses.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, (string File, double Target, bool ShowMisses)> Sets = new()
    {
        ["tuning"] = ("tuning.yaml", 0.67, true),
        ["locked"] = ("locked.yaml", 0.95, false),
    };

    [Fact]
    public void EvaluationSet_MeetsItsTarget_ForQuestionsWrittenWithoutSeeingTheEngine()
    {
        var name = Environment.GetEnvironmentVariable("BOT_EVAL_SET") is { Length: > 0 } chosen ? chosen : "tuning";
        var (file, target, showMisses) = Sets[name];

        var report = EvaluationReport.Score(SeededEngine.Engine, file);

        var summary = $"{name} set\n{report.Summary()}";
        if (showMisses)
            summary += string.Join("\n", report.Misses);
        output.WriteLine(summary);
        Assert.True(report.Accuracy >= target, summary);
    }
}
