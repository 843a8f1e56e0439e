using Bot.Engine.Query;
using Bot.Engine.Tests.Support;

namespace Bot.Engine.Tests.Query;

/// <summary>
/// "was it on the same day as Y?" of "a day after Y": a claim placing one event in time against another one way, of a
/// sentence placing it another way, is a no; the same relation is a yes.
/// </summary>
public sealed class TimeRelationClaimTests
{
    private const string Article = """
        Harbour Politics

        By Ada Quill | March 4, 2021

        The harbour law was approved by the city council on 3 May 2021 after weeks of protests.

        On 4 May 2021, just a day after the harbour law was approved, the council brought forward a bill on fishing quotas.

        The ferry tax was announced on the same day the new bridge opened.
        """;

    [Theory]
    [InlineData("Was the fishing quotas bill brought forward on the same day the harbour law was approved?", "No")]
    [InlineData("Was the fishing quotas bill brought forward a day after the harbour law was approved?", "Yes")]
    [InlineData("Was the ferry tax announced a day after the new bridge opened?", "No")]
    [InlineData("Was the ferry tax announced on the same day the new bridge opened?", "Yes")]
    public void Ask_HoldsTheClaimsTimeRelationAgainstTheSentences(string question, string start) => AssertOpens(question, start);

    private static void AssertOpens(string question, string start)
    {
        var answer = DraftedArticle.Ask("council.txt", Article, question);

        Assert.True(answer.Status == AnswerStatus.Answered && answer.Text.StartsWith(start, StringComparison.Ordinal), answer.Status + ": " + answer.Text);
    }
}
