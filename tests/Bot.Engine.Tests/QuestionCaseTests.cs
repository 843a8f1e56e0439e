using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests;

/// <summary>
/// The question table (Cases/questions.yaml): many phrasings per capability, casual and precise,
/// answerable and not, with follow-ups played as one conversation.
/// </summary>
public sealed class QuestionCaseTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<QuestionCase>> Scripts = QuestionCase.LoadScripts();

    public static TheoryData<string> ScriptNames() => [.. Scripts.Keys];

    [Theory]
    [MemberData(nameof(ScriptNames))]
    public void Ask_AnswersWithKeyFacts_ForEveryCase(string script)
    {
        var conversation = Guid.NewGuid().ToString("N");
        foreach (var step in Scripts[script])
        {
            var answer = SeededEngine.Ask(step.Q, conversation);
            var context = $"Q: {step.Q}\nA ({Answer.StatusName(answer.Status)}): {answer.Text}";
            Assert.True(step.Status == Answer.StatusName(answer.Status), $"expected {step.Status}\n{context}");
            foreach (var fact in step.All)
                Assert.True(answer.Text.Contains(fact, StringComparison.OrdinalIgnoreCase), $"missing \"{fact}\"\n{context}");
            if (step.Any.Count > 0)
                Assert.True(step.Any.Exists(f => answer.Text.Contains(f, StringComparison.OrdinalIgnoreCase)), $"none of {string.Join(", ", step.Any)}\n{context}");
            if (step.Starts is { } start)
                Assert.True(answer.Text.StartsWith(start, StringComparison.Ordinal), $"should start with \"{start}\"\n{context}");
            Assert.InRange(answer.Text.Length, 1, Answer.MaxTextLength + 1);
        }
    }
}
