using Bot.Engine.Query;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bot.Engine.Tests.Support;

/// <summary>One question from Cases/questions.yaml and what its answer must show.</summary>
public sealed class QuestionCase
{
    public string Kind { get; set; } = "";

    /// <summary>Who wrote the question (evaluation sets): casual, student, analyst, journalist, skeptic, nonnative.</summary>
    public string? Persona { get; set; }
    public string? Chat { get; set; }
    public string Q { get; set; } = "";
    public string Status { get; set; } = "answered";
    public List<string> All { get; set; } = [];
    public List<string> Any { get; set; } = [];
    public string? Starts { get; set; }

    /// <summary>The cases of a file in Cases/ grouped into scripts: a run of cases sharing a chat id is one conversation.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<QuestionCase>> LoadScripts(string file = "questions.yaml")
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var cases = deserializer.Deserialize<List<QuestionCase>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", file)));
        var scripts = new Dictionary<string, IReadOnlyList<QuestionCase>>();
        for (var i = 0; i < cases.Count;)
        {
            var run = new List<QuestionCase> { cases[i] };
            while (cases[i].Chat is { } chat && i + run.Count < cases.Count && cases[i + run.Count].Chat == chat)
                run.Add(cases[i + run.Count]);
            scripts[$"{i + 1:000} {cases[i].Kind}: {cases[i].Q}"] = run;
            i += run.Count;
        }
        return scripts;
    }

    /// <summary>Why an answer misses this case, or null when it is right.</summary>
    public string? Miss(Answer answer)
    {
        if (Status != Answer.StatusName(answer.Status))
            return $"expected {Status}";
        if (All.Find(f => !answer.Text.Contains(f, StringComparison.OrdinalIgnoreCase)) is { } missing)
            return $"missing \"{missing}\"";
        if (Any.Count > 0 && !Any.Exists(f => answer.Text.Contains(f, StringComparison.OrdinalIgnoreCase)))
            return $"none of {string.Join(", ", Any)}";
        if (Starts is { } start && !answer.Text.StartsWith(start, StringComparison.Ordinal))
            return $"should start with \"{start}\"";
        return null;
    }
}
