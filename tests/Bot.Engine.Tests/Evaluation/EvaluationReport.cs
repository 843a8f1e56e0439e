using System.Globalization;
using System.Text;
using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Evaluation;

/// <summary>One evaluation set played through an engine: how many cases were right, by kind and by persona.</summary>
public sealed class EvaluationReport
{
    private readonly Dictionary<string, (int Right, int Total)> _byKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Right, int Total)> _byPersona = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Right, int Total)> _yesNoShapes = new(StringComparer.Ordinal);

    public List<string> Misses { get; } = [];
    public int Right { get; private set; }
    public int Total { get; private set; }
    public double Accuracy => Total == 0 ? 0 : (double)Right / Total;

    /// <summary>Plays every script of <paramref name="file"/> (in Cases/) as its own conversation.</summary>
    public static EvaluationReport Score(QueryEngine engine, string file) =>
        Score((conversation, text) => engine.Ask(new Question(conversation, text)), file);

    /// <summary>Plays <paramref name="file"/> through any answerer, given each question's conversation and text.</summary>
    public static EvaluationReport Score(Func<string, string, Answer> ask, string file)
    {
        var report = new EvaluationReport();
        foreach (var (name, steps) in QuestionCase.LoadScripts(file))
        {
            var conversation = $"eval-{name}";
            foreach (var step in steps)
            {
                var answer = ask(conversation, step.Q);
                var miss = step.Miss(answer);
                report.Add(step, miss is null);
                if (step.Kind == "yesno" && step.Status != "unknown")
                    Count(report._yesNoShapes, $"{step.Starts ?? "any"} -> {Shape(answer)}", miss is null);
                if (miss is not null)
                    report.Misses.Add($"[{step.Kind}] {step.Q}\n  {miss}; got ({Answer.StatusName(answer.Status)}): {answer.Text}");
            }
        }
        return report;
    }

    /// <summary>How a yes/no answer opens: which verdict it gave, so misses can be counted by what went wrong without reading them.</summary>
    private static string Shape(Answer answer) => answer.Status != AnswerStatus.Answered ? "unknown"
        : answer.Text.StartsWith("Yes, in other words", StringComparison.Ordinal) ? "yes-in-other-words"
        : answer.Text.StartsWith("Yes", StringComparison.Ordinal) ? "yes"
        : answer.Text.StartsWith("No, not in those words", StringComparison.Ordinal) ? "no-not-in-those-words"
        : answer.Text.StartsWith("No. The article doesn't say that", StringComparison.Ordinal) ? "no-not-said"
        : answer.Text.StartsWith("No", StringComparison.Ordinal) ? "no"
        : "no-verdict";

    private void Add(QuestionCase step, bool right)
    {
        Total++;
        Right += right ? 1 : 0;
        Count(_byKind, step.Status == "unknown" ? "unanswerable" : step.Kind, right);
        Count(_byPersona, step.Persona ?? "-", right);
    }

    private static void Count(Dictionary<string, (int Right, int Total)> counts, string key, bool right)
    {
        var (r, total) = counts.GetValueOrDefault(key);
        counts[key] = (r + (right ? 1 : 0), total + 1);
    }

    /// <summary>Accuracy overall and by kind on one line, to set beside another answerer's report.</summary>
    public string Line() =>
        string.Create(CultureInfo.InvariantCulture, $"{Right}/{Total} = {Accuracy:P1} (")
        + string.Join(", ", _byKind.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.Right}/{p.Value.Total}"))
        + ")";

    /// <summary>Accuracy overall, by kind of question (unanswerable ones together) and by persona.</summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"overall {Right}/{Total} = {Accuracy:P1}");
        foreach (var (title, counts) in new[] { ("by kind", _byKind), ("by persona", _byPersona), ("yes/no: expected opening -> verdict given", _yesNoShapes) })
        {
            text.AppendLine(title);
            foreach (var (key, (right, total)) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
                text.AppendLine(CultureInfo.InvariantCulture, $"  {key,-14} {right,4}/{total,-4} {(double)right / total,7:P1}");
        }
        return text.ToString();
    }
}
